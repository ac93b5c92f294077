import type { Dashboard } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  feedbackRows,
  monthLabel,
  monthRows,
  onlineSlices,
  onTimeTotals,
  overdueRows,
  overdueTotal,
  stateRows,
} from './dashboard';

const ROOT = '00000000-0000-4000-8000-000000000001';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const base = { dateField: 'received' as const, unitId: ROOT, from: '2026-01-01', to: '2026-03-31' };

function month(m: string, early: number, onTime: number, late: number, rate: number | null = null) {
  const window = { from: `${m}-01`, to: `${m}-28` };
  return {
    month: m,
    early: { count: early, drill: { ...base, ...window, result: 'early' as const } },
    onTime: { count: onTime, drill: { ...base, ...window, result: 'on_time' as const } },
    late: { count: late, drill: { ...base, ...window, result: 'late' as const } },
    rate,
  };
}

const dashboard: Dashboard = {
  unit: { id: ROOT, name: 'UBND tỉnh' },
  from: '2026-01-01',
  to: '2026-03-31',
  byState: [
    { state: 'returned', count: 5, drill: { ...base, states: ['returned'] } },
    { state: 'processing', count: 3, drill: { ...base, states: ['processing'] } },
    { state: 'refused', count: 0, drill: { ...base, states: ['refused'] } },
  ],
  onTimeByMonth: [month('2026-02', 1, 2, 1), month('2026-01', 2, 3, 0, 1)],
  overdueByUnit: [
    { unitId: A, unitName: 'Xã A', count: 1, drill: { ...base, unitId: A, overdue: true } },
    { unitId: B, unitName: 'Xã B', count: 4, drill: { ...base, unitId: B, overdue: true } },
    { unitId: ROOT, unitName: 'Tỉnh', count: 0, drill: { ...base, overdue: true } },
  ],
  online: {
    online: { count: 6, drill: { ...base, channel: 'online' } },
    total: { count: 8, drill: base },
    share: null,
  },
  satisfaction: {
    rated: 4,
    satisfied: 3,
    share: 0.75,
    unsatisfied: { count: 1, drill: { ...base, rating: 'unsatisfied' } },
  },
  feedbackByStatus: [
    { status: 'published', count: 2 },
    { status: 'new', count: 1 },
    { status: 'refused', count: 0 },
  ],
};

describe('the dashboard’s figures', () => {
  it('lists states in the lifecycle’s order with their labels, leaving out those with none', () => {
    expect(stateRows(dashboard).map((r) => [r.label, r.count])).toEqual([
      ['Đang xử lý', 3],
      ['Đã trả kết quả', 5],
    ]);
  });

  it('orders months, labels them and computes a missing rate', () => {
    const rows = monthRows(dashboard);
    expect(rows.map((r) => r.label)).toEqual(['T1/2026', 'T2/2026']);
    expect(rows[0]?.rate).toBe(1);
    expect(rows[1]?.rate).toBe(0.75);
    expect(rows[1]?.ratePercent).toBe(75);
    expect(monthLabel('2026-11')).toBe('T11/2026');
  });

  it('sums the months, each total opening the same dossiers over the whole period', () => {
    const totals = onTimeTotals(dashboard);
    expect(totals.resolved).toBe(9);
    expect(totals.rate).toBeCloseTo(8 / 9);
    expect(totals.late).toEqual({
      count: 1,
      drill: { ...base, result: 'late', from: '2026-01-01', to: '2026-03-31' },
    });
    expect(onTimeTotals({ ...dashboard, onTimeByMonth: [] })).toEqual({
      resolved: 0,
      rate: null,
      early: null,
      onTime: null,
      late: null,
    });
  });

  it('ranks units by overdue dossiers, and totals them over the whole subtree', () => {
    expect(overdueRows(dashboard).map((r) => r.unitName)).toEqual(['Xã B', 'Xã A']);
    expect(overdueTotal(dashboard)).toEqual({ count: 5, drill: { ...base, overdue: true } });
    expect(overdueTotal({ ...dashboard, overdueByUnit: [] })).toEqual({
      count: 0,
      drill: { ...base, overdue: true },
    });
  });

  it('splits the received dossiers by channel and computes a missing share', () => {
    expect(onlineSlices(dashboard)).toEqual({ online: 6, other: 2, share: 0.75 });
  });

  it('lists feedback by status in the contract’s order with labels, leaving out zeros', () => {
    expect(feedbackRows(dashboard).map((r) => r.label)).toEqual(['Chờ tiếp nhận', 'Đã công khai']);
  });
});
