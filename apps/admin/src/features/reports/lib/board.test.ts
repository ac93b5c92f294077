import type { Board } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { boardEntries, boardSummary, timeliness } from './board';

const T1 = { id: 't1', code: '06/VPCP/KSTT' };
const T2 = { id: 't2', code: 'PAKN' };

function entry(unit: string, template: typeof T1, status: Board['units'][number]['status'], extra = {}) {
  return {
    unit: { id: unit, name: unit },
    template,
    status,
    submittedAt: null as string | null,
    late: false,
    ...extra,
  };
}

const board: Board = {
  counts: { not_started: 1, in_entry: 0, awaiting_leader: 0, submitted: 1, accepted: 1, returned: 1 },
  units: [
    entry('Xã Tuyên Hóa', T2, 'not_started', { late: true }),
    entry('Phường Đông Hà', T1, 'submitted', { submittedAt: '2026-12-10T09:00:00+07:00' }),
    entry('Phường Đồng Hới', T2, 'accepted', { submittedAt: '2026-12-24T09:00:00+07:00', late: true }),
    entry('Phường Đồng Hới', T1, 'returned', { submittedAt: '2026-12-12T09:00:00+07:00' }),
  ],
};

describe('the progress board', () => {
  it('tells on time, late and still out apart', () => {
    expect(timeliness({ late: false, submittedAt: '2026-12-10T09:00:00+07:00' })).toBe('on_time');
    expect(timeliness({ late: true, submittedAt: null })).toBe('late');
    expect(timeliness({ late: false, submittedAt: null })).toBe('open');
  });

  it('counts by status and by timeliness', () => {
    const summary = boardSummary(board);
    expect(summary.counts.returned).toBe(1);
    expect(summary).toMatchObject({ onTime: 2, late: 2, open: 0, total: 4 });
  });

  it('lists units in Vietnamese order, then forms in the period’s order', () => {
    expect(boardEntries(board, [T1, T2]).map((e) => `${e.unit.name} ${e.template.code}`)).toEqual([
      'Phường Đông Hà 06/VPCP/KSTT',
      'Phường Đồng Hới 06/VPCP/KSTT',
      'Phường Đồng Hới PAKN',
      'Xã Tuyên Hóa PAKN',
    ]);
  });

  it('filters by status or by timeliness', () => {
    expect(boardEntries(board, [T1, T2], { status: 'returned' }).map((e) => e.unit.name)).toEqual([
      'Phường Đồng Hới',
    ]);
    expect(boardEntries(board, [T1, T2], { timeliness: 'late' }).map((e) => e.status)).toEqual([
      'accepted',
      'not_started',
    ]);
  });
});
