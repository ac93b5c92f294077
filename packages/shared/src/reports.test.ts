import { describe, expect, it } from 'vitest';
import {
  computeRow,
  diffValues,
  REPORT_METRICS,
  ReportDefinitionSchema,
  SHIPPED_REPORT_FORMS,
  periodWindow,
  reportActions,
  sumValues,
  validateReport,
  type ReportDefinition,
} from './reports';

const definition: ReportDefinition = {
  rowSource: 'fields',
  columns: [
    { key: 'online', label: 'Trực tuyến', group: null, sumOf: null, metric: null },
    { key: 'direct', label: 'Trực tiếp', group: null, sumOf: null, metric: null },
    { key: 'carried', label: 'Kỳ trước chuyển qua', group: null, sumOf: null, metric: null },
    { key: 'received', label: 'Tổng', group: null, sumOf: ['online', 'direct', 'carried'], metric: null },
    { key: 'resolved', label: 'Đã giải quyết', group: null, sumOf: null, metric: null },
  ],
  rules: [
    { kind: 'non_negative' },
    { kind: 'at_most', left: 'resolved', right: ['received'], message: 'Số đã giải quyết vượt số nhận' },
  ],
};

describe('periodWindow', () => {
  it('runs from the 15th before the period to the 14th of its last month', () => {
    expect(periodWindow('q1', 2026)).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(periodWindow('q3', 2026)).toEqual({ from: '2026-06-15', to: '2026-09-14' });
    expect(periodWindow('nine_months', 2026)).toEqual({ from: '2025-12-15', to: '2026-09-14' });
    expect(periodWindow('year', 2026)).toEqual({ from: '2025-12-15', to: '2026-12-14' });
  });
});

describe('computed columns and rules', () => {
  it('fills a total from its parts, ignoring what was typed in it', () => {
    expect(computeRow(definition, { online: 3, direct: 2, carried: 1, received: 99 }).received).toBe(6);
  });
  it('names the cell that breaks a rule', () => {
    expect(validateReport(definition, { tp: { online: 1, direct: 1, resolved: 3 } })).toEqual([
      { row: 'tp', column: 'resolved', message: 'Số đã giải quyết vượt số nhận' },
    ]);
    expect(validateReport(definition, { tp: { online: 1, direct: 1, resolved: 2 } })).toEqual([]);
  });
  it('adds children up cell by cell, rows present in any of them', () => {
    const total = sumValues(definition, [
      { tp: { online: 1, direct: 2, resolved: 2 } },
      { tp: { online: 4 }, xd: { direct: 5, resolved: 1 } },
    ]);
    expect(total).toEqual({
      tp: { online: 5, direct: 2, resolved: 2, carried: 0, received: 7 },
      xd: { direct: 5, resolved: 1, online: 0, carried: 0, received: 5 },
    });
  });
});

describe('reportActions', () => {
  it('gives each party its turn', () => {
    expect(reportActions('in_entry', ['entry'])).toEqual(['send_to_leader']);
    expect(reportActions('awaiting_leader', ['entry'])).toEqual([]);
    expect(reportActions('awaiting_leader', ['leader'])).toEqual(['approve', 'return_to_entry']);
    expect(reportActions('submitted', ['leader'])).toEqual([]);
    expect(reportActions('submitted', ['superior'])).toEqual(['accept', 'return']);
    expect(reportActions('returned', ['entry'])).toEqual(['send_to_leader']);
  });
});

describe('the shipped forms', () => {
  it.each(SHIPPED_REPORT_FORMS.map((f) => [f.code, f.definition] as const))(
    '%s is a valid definition whose totals and figures point at real columns and metrics',
    (_code, definition) => {
      expect(ReportDefinitionSchema.safeParse(definition).success).toBe(true);
      const keys = definition.columns.map((c) => c.key);
      const computed = new Set(definition.columns.filter((c) => c.sumOf).map((c) => c.key));
      for (const c of definition.columns) {
        for (const part of c.sumOf ?? []) {
          expect(keys).toContain(part);
          // A total built on another total must come after it.
          if (computed.has(part)) expect(keys.indexOf(part)).toBeLessThan(keys.indexOf(c.key));
        }
        if (c.metric) expect(REPORT_METRICS).toContain(c.metric);
      }
    },
  );
  it('gives Biểu 06/VPCP/KSTT its 11 figure columns (13 with No. and the row name)', () => {
    expect(SHIPPED_REPORT_FORMS[0].definition.columns).toHaveLength(11);
  });
});

describe('diffValues', () => {
  it('lists the cells that changed, blanks counting as 0', () => {
    expect(
      diffValues({ tp: { online: 2, direct: 1 } }, { tp: { online: 3, direct: 1 }, xd: { online: 1 } }),
    ).toEqual([
      { row: 'tp', column: 'online', before: 2, after: 3 },
      { row: 'xd', column: 'online', before: 0, after: 1 },
    ]);
  });
});
