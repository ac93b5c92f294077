import { SHIPPED_REPORT_FORMS, type ReportDefinition } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  cellLabel,
  columnName,
  columnTotals,
  gridSections,
  hasChildren,
  headerModel,
  inputColumns,
  systemColumns,
} from './grid';

const DOSSIERS: ReportDefinition = SHIPPED_REPORT_FORMS[0].definition;
const PAKN: ReportDefinition = SHIPPED_REPORT_FORMS[3].definition;

describe('headerModel', () => {
  it('puts each group over its columns and numbers the columns from (3)', () => {
    const model = headerModel(DOSSIERS.columns);
    expect(model.grouped).toBe(true);
    expect(model.top).toEqual([
      { kind: 'group', label: 'Số hồ sơ nhận giải quyết', span: 4 },
      { kind: 'group', label: 'Số hồ sơ đã giải quyết', span: 4 },
      { kind: 'group', label: 'Số hồ sơ đang giải quyết', span: 3 },
    ]);
    expect(model.bottom.map((c) => c.column.label)).toEqual([
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước chuyển qua',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(model.numbers).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('lets a column without a group span both header rows, between grouped ones', () => {
    const model = headerModel(PAKN.columns);
    expect(model.top.map((c) => (c.kind === 'group' ? `[${c.label} ×${c.span}]` : c.column.key))).toEqual([
      'received',
      '[Đã xử lý ×4]',
      'pending',
    ]);
    expect(model.bottom.map((c) => c.number)).toEqual([4, 5, 6, 7]);
  });

  it('has one header row when no column is grouped', () => {
    const model = headerModel(SHIPPED_REPORT_FORMS[2].definition.columns);
    expect(model.grouped).toBe(false);
    expect(model.bottom).toEqual([]);
  });

  it('does not merge two runs of one group split by another column', () => {
    const columns = [
      { key: 'a', label: 'A', group: 'G', sumOf: null, metric: null },
      { key: 'b', label: 'B', group: null, sumOf: null, metric: null },
      { key: 'c', label: 'C', group: 'G', sumOf: null, metric: null },
    ];
    expect(headerModel(columns).top.map((c) => c.kind)).toEqual(['group', 'column', 'group']);
  });
});

describe('names of cells', () => {
  it('names a column alone when its label is unique, with its group when it is not', () => {
    const online = DOSSIERS.columns[1];
    const resolvedLate = DOSSIERS.columns[7];
    if (!online || !resolvedLate) throw new Error('shipped form changed');
    expect(columnName(online, DOSSIERS.columns)).toBe('Trực tuyến');
    expect(columnName(resolvedLate, DOSSIERS.columns)).toBe('Quá hạn (Số hồ sơ đã giải quyết)');
    expect(cellLabel('Hộ tịch', online, DOSSIERS.columns)).toBe('Hộ tịch — Trực tuyến');
  });
});

describe('columns', () => {
  it('types every column but the sums', () => {
    expect(inputColumns(DOSSIERS).map((c) => c.key)).not.toContain('received_total');
    expect(inputColumns(DOSSIERS)).toHaveLength(8);
  });

  it('knows a system figure for the pre-filled columns and the sums built on them', () => {
    expect([...systemColumns(DOSSIERS)]).toHaveLength(11);
    expect(systemColumns(SHIPPED_REPORT_FORMS[2].definition).size).toBe(0);
  });

  it('sums a section column by column, computing each row first', () => {
    const totals = columnTotals(
      DOSSIERS,
      { 'Hộ tịch': { received_online: 3, received_direct: 1 }, 'Đất đai': { received_online: 2 } },
      ['Hộ tịch', 'Đất đai', 'Chứng thực'],
    );
    expect(totals.received_online).toBe(5);
    expect(totals.received_total).toBe(6);
    expect(totals.pending_total).toBe(0);
  });
});

describe('gridSections', () => {
  const rows = [
    { key: 'Chứng thực', label: 'Chứng thực' },
    { key: 'Hộ tịch', label: 'Hộ tịch' },
    { key: 'Đất đai', label: 'Đất đai' },
  ];
  const base = {
    rows,
    unit: { id: 'u', name: 'Phường Đồng Hới' },
    template: { definition: DOSSIERS },
    values: { 'Hộ tịch': { received_online: 2 } },
    system: { 'Đất đai': { received_online: 1 } },
    children: {},
    totals: { 'Hộ tịch': { received_online: 2 } },
    missingChildren: [],
  };

  it('lists every row while typing, and only rows with figures (entered or counted) when reading', () => {
    expect(gridSections(base, { allRows: true }).own.map((r) => r.key)).toEqual([
      'Chứng thực',
      'Hộ tịch',
      'Đất đai',
    ]);
    expect(gridSections(base, { allRows: false }).own.map((r) => r.key)).toEqual(['Hộ tịch', 'Đất đai']);
  });

  it('has no children sections for a unit without units under it', () => {
    expect(hasChildren(base)).toBe(false);
    expect(gridSections(base, { allRows: true }).children).toBeNull();
  });

  it('adds the children’s accepted sums and the totals for a unit with units under it, even before any is accepted', () => {
    const parent = {
      ...base,
      children: { 'Đất đai': { received_online: 4 } },
      totals: { 'Hộ tịch': { received_online: 2 }, 'Đất đai': { received_online: 4 } },
    };
    expect(gridSections(parent, { allRows: false }).children).toEqual({
      rows: [{ key: 'Đất đai', label: 'Đất đai' }],
      totals: [
        { key: 'Hộ tịch', label: 'Hộ tịch' },
        { key: 'Đất đai', label: 'Đất đai' },
      ],
    });
    const waiting = { ...base, missingChildren: [{ id: 'c', name: 'Xã A', status: 'in_entry' as const }] };
    expect(gridSections(waiting, { allRows: false }).children).toEqual({
      rows: [],
      totals: [{ key: 'Hộ tịch', label: 'Hộ tịch' }],
    });
  });

  it('gives a form by unit only the unit’s own line to type', () => {
    const form = {
      ...base,
      template: { definition: PAKN },
      rows: [
        { key: 'u', label: 'Phường Đồng Hới' },
        { key: 'c', label: 'Xã A' },
      ],
      values: {},
      system: {},
    };
    expect(gridSections(form, { allRows: true }).own.map((r) => r.key)).toEqual(['u']);
  });
});
