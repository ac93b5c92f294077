import type { ReportTemplate } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { groupTemplates, nextVersionNo } from './template-list';

function version(code: string, versionNo: number): ReportTemplate {
  return {
    id: `00000000-0000-4000-8000-${String(versionNo).padStart(6, '0')}${code.length.toString().padStart(6, '0')}`,
    code,
    versionNo,
    name: `${code} v${versionNo}`,
    definition: {
      rowSource: 'fields',
      columns: [{ key: 'a', label: 'A', group: null, sumOf: null, metric: null }],
      rules: [],
    },
  };
}

describe('groupTemplates', () => {
  it('shows each code once, with its latest version and the older ones newest first', () => {
    const groups = groupTemplates([
      version('PAKN', 1),
      version('II.07b', 1),
      version('06/VPCP/KSTT', 1),
      version('06/VPCP/KSTT', 3),
      version('06/VPCP/KSTT', 2),
    ]);
    expect(groups.map((g) => g.code)).toEqual(['06/VPCP/KSTT', 'II.07b', 'PAKN']);
    expect(groups[0]?.latest.versionNo).toBe(3);
    expect(groups[0]?.older.map((o) => o.versionNo)).toEqual([2, 1]);
    expect(groups[1]?.older).toEqual([]);
  });

  it('sorts numbers in codes by value', () => {
    const codes = groupTemplates([version('II.10', 1), version('II.9', 1), version('II.06a', 1)]).map(
      (g) => g.code,
    );
    expect(codes).toEqual(['II.06a', 'II.9', 'II.10']);
  });

  it('has nothing to show for no forms', () => {
    expect(groupTemplates([])).toEqual([]);
  });
});

describe('nextVersionNo', () => {
  it('is one more than the highest stored version of the code, 1 for a new code', () => {
    const items = [version('A', 1), version('A', 4), version('B', 2)];
    expect(nextVersionNo(items, 'A')).toBe(5);
    expect(nextVersionNo(items, 'C')).toBe(1);
  });
});
