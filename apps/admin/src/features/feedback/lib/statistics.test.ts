import { describe, expect, it } from 'vitest';
import {
  categoryRows,
  defaultRange,
  formatRate,
  monthRows,
  rangeErrors,
  rangeToParams,
  readRange,
  satisfactionRate,
  statusRows,
  unitRows,
  unitTotals,
} from './statistics';

const today = '2026-05-20';

describe('the statistics period', () => {
  it('defaults to this year so far, and keeps the defaults out of the address', () => {
    expect(defaultRange(today)).toEqual({ from: '2026-01-01', to: '2026-05-20' });
    expect(readRange(new URLSearchParams(''), today)).toEqual({ from: '2026-01-01', to: '2026-05-20' });
    expect(readRange(new URLSearchParams('from=2025-07-01&to=2026-02-30'), today)).toEqual({
      from: '2025-07-01',
      to: '2026-05-20',
    });
    expect(rangeToParams({ from: '2026-01-01', to: '2026-05-20' }, today).toString()).toBe('');
    expect(rangeToParams({ from: '2025-07-01', to: '2026-05-20' }, today).toString()).toBe('from=2025-07-01');
  });

  it('refuses a range that ends before it starts, or a date half typed', () => {
    expect(rangeErrors({ from: '2026-03-01', to: '2026-02-01' })).toEqual({
      to: 'Ngày kết thúc phải sau ngày bắt đầu',
    });
    expect(rangeErrors({ from: '', to: '2026-02-01' })).toEqual({ from: 'Nhập ngày hợp lệ' });
    expect(rangeErrors({ from: '2026-02-01', to: '2026-02-01' })).toEqual({});
  });
});

describe('statistic transforms', () => {
  it('lists every status in the contract order, zero where the server had none, with shares', () => {
    const rows = statusRows({
      byStatus: [
        { key: 'published', label: 'Đã công khai', count: 3 },
        { key: 'new', label: 'Chờ tiếp nhận', count: 1 },
      ],
    });
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['new', 1],
      ['supplemented', 0],
      ['processing', 0],
      ['awaiting_approval', 0],
      ['awaiting_info', 0],
      ['answered', 0],
      ['published', 3],
      ['refused', 0],
    ]);
    expect(rows[0]?.share).toBe(0.25);
    expect(rows[0]?.label).toBe('Chờ tiếp nhận');
  });

  it('keeps a value the SPA does not know under the server label', () => {
    const rows = categoryRows({ byCategory: [{ key: 'other', label: 'Khác', count: 2 }] });
    expect(rows.map((r) => r.label)).toEqual([
      'Quy định hành chính, chính sách, thủ tục hành chính',
      'Hành vi hành chính của cán bộ, công chức',
      'Khác',
    ]);
    expect(rows.map((r) => r.share)).toEqual([0, 0, 1]);
    expect(categoryRows({ byCategory: [] }).every((r) => r.share === null)).toBe(true);
  });

  it('orders units by feedback received, each with its on-time rate, and adds them up', () => {
    const rows = unitRows({
      byUnit: [
        { unitId: 'a', unitName: 'Sở Tư pháp', received: 2, answered: 2, onTime: 2, late: 0 },
        { unitId: 'b', unitName: 'Sở Xây dựng', received: 5, answered: 4, onTime: 3, late: 1 },
        { unitId: 'c', unitName: 'Sở Công Thương', received: 2, answered: 0, onTime: 0, late: 0 },
      ],
    });
    expect(rows.map((r) => r.unitId)).toEqual(['b', 'c', 'a']);
    expect(rows.map((r) => r.onTimeRate)).toEqual([0.75, null, 1]);
    expect(unitTotals(rows)).toEqual({ received: 9, answered: 6, onTime: 5, late: 1, onTimeRate: 5 / 6 });
  });

  it('fills the months of the range the server had nothing for', () => {
    const rows = monthRows(
      { byMonth: [{ month: '2026-03', received: 4, published: 1 }] },
      { from: '2025-12-15', to: '2026-03-02' },
    );
    expect(rows).toEqual([
      { month: '2025-12', label: '12/2025', received: 0, published: 0 },
      { month: '2026-01', label: '01/2026', received: 0, published: 0 },
      { month: '2026-02', label: '02/2026', received: 0, published: 0 },
      { month: '2026-03', label: '03/2026', received: 4, published: 1 },
    ]);
  });

  it('formats rates as percentages, a dash when there is none', () => {
    expect(formatRate(0.875)).toBe('87,5%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
    expect(satisfactionRate({ satisfaction: { likes: 3, dislikes: 1, rate: null } })).toBe(0.75);
    expect(satisfactionRate({ satisfaction: { likes: 0, dislikes: 0, rate: null } })).toBeNull();
  });
});
