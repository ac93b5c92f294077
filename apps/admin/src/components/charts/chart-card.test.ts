import { describe, expect, it } from 'vitest';
import { columnFigures, type FigureColumn } from './chart-card';

type Month = { received: number; published: number };
const MONTH_COLUMNS: FigureColumn<Month>[] = [
  { label: 'Tiếp nhận', value: (m) => String(m.received) },
  { label: 'Công khai', value: (m) => String(m.published) },
];

describe('columnFigures', () => {
  it('reads each column from every row and from the totals', () => {
    const figures = columnFigures({
      label: 'Tháng',
      columns: MONTH_COLUMNS,
      rows: [
        { month: '2026-01', label: 'T1', received: 3, published: 1 },
        { month: '2026-02', label: 'T2', received: 5, published: 2 },
      ],
      rowKey: (row) => row.month,
      rowLabel: (row) => row.label,
      total: { received: 8, published: 3 },
    });
    expect(figures).toEqual({
      label: 'Tháng',
      columns: ['Tiếp nhận', 'Công khai'],
      rows: [
        { key: '2026-01', label: 'T1', cells: ['3', '1'] },
        { key: '2026-02', label: 'T2', cells: ['5', '2'] },
      ],
      total: ['8', '3'],
    });
  });

  it('has no totals row when there are no totals', () => {
    const figures = columnFigures({
      label: 'Trạng thái',
      columns: [{ label: 'Số', value: (row: { count: number }) => String(row.count) }],
      rows: [{ key: 'new', count: 2 }],
      rowKey: (row) => row.key,
      rowLabel: (row) => row.key,
    });
    expect(figures.total).toBeUndefined();
  });
});
