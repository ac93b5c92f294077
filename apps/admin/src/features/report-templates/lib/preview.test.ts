import { SHIPPED_REPORT_FORMS, type ReportDefinition } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { formulas, parseFigure, previewDefinition, previewHeader, sampleRow } from './preview';
import { emptyColumn, emptyRule, templateToForm, type ColumnFormValues } from './template-form';

const LEADING = { no: 'STT', row: 'Lĩnh vực' };

function dossierForm() {
  const form = SHIPPED_REPORT_FORMS.find((f) => f.code === '06/VPCP/KSTT');
  if (!form) throw new Error('no 06/VPCP/KSTT');
  return templateToForm({ ...form, definition: form.definition as ReportDefinition });
}

function uidOf(columns: readonly ColumnFormValues[], key: string): string {
  const found = columns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found.uid;
}

describe('previewHeader', () => {
  it('prints Biểu 06 with its three groups over their columns, numbered (1) to (13)', () => {
    const { definition } = dossierForm();
    const header = previewHeader(definition.columns, LEADING);
    expect(header.rows).toHaveLength(2);
    const [top, bottom] = header.rows;
    expect(top?.map((c) => [c.label, c.colSpan, c.rowSpan])).toEqual([
      ['STT', 1, 2],
      ['Lĩnh vực', 1, 2],
      ['Số hồ sơ nhận giải quyết', 4, 1],
      ['Số hồ sơ đã giải quyết', 4, 1],
      ['Số hồ sơ đang giải quyết', 3, 1],
    ]);
    expect(bottom?.map((c) => c.label)).toEqual([
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
    expect([...header.numbers.values()]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(header.splitGroups).toEqual([]);
  });

  it('lets a column outside any group span both rows, and uses one row when nothing is grouped', () => {
    const plain = [emptyColumn(), emptyColumn()].map((c, i) => ({ ...c, label: `Cột ${i}` }));
    expect(previewHeader(plain, LEADING).rows).toEqual([
      [
        { id: 'no', label: 'STT', colSpan: 1, rowSpan: 1 },
        { id: 'row', label: 'Lĩnh vực', colSpan: 1, rowSpan: 1 },
        { id: plain[0]?.uid, label: 'Cột 0', colSpan: 1, rowSpan: 1 },
        { id: plain[1]?.uid, label: 'Cột 1', colSpan: 1, rowSpan: 1 },
      ],
    ]);
    const mixed = [{ ...plain[0], group: 'Đã xử lý' } as ColumnFormValues, plain[1] as ColumnFormValues];
    const [top, bottom] = previewHeader(mixed, LEADING).rows;
    expect(top?.map((c) => [c.label, c.colSpan, c.rowSpan])).toEqual([
      ['STT', 1, 2],
      ['Lĩnh vực', 1, 2],
      ['Đã xử lý', 1, 1],
      ['Cột 1', 1, 2],
    ]);
    expect(bottom?.map((c) => c.label)).toEqual(['Cột 0']);
  });

  it('notices a group whose columns are not next to each other', () => {
    const columns = ['A', '', 'A', ' A '].map((group) => ({ ...emptyColumn(), label: 'x', group }));
    const header = previewHeader(columns, LEADING);
    expect(header.rows[0]?.filter((c) => c.label === 'A').map((c) => c.colSpan)).toEqual([1, 2]);
    expect(header.splitGroups).toEqual(['A']);
  });
});

describe('sampleRow', () => {
  it('fills the totals from typed figures and names the rule a row breaks', () => {
    const { definition } = dossierForm();
    const model = previewDefinition(definition);
    const uid = (key: string) => uidOf(definition.columns, key);
    const row = sampleRow(model, {
      [uid('received_online')]: '5',
      [uid('received_direct')]: ' 3 ',
      [uid('resolved_on_time')]: '7',
      [uid('resolved_late')]: '4',
    });
    expect(row.cells[uid('received_total')]).toBe(8);
    expect(row.cells[uid('resolved_total')]).toBe(11);
    expect(row.cells[uid('pending_total')]).toBe(0);
    expect(row.invalid).toEqual([]);
    expect(row.errors).toEqual([
      {
        row: 'sample',
        column: uid('resolved_total'),
        message: 'Số đã giải quyết không được lớn hơn số nhận giải quyết (kể cả kỳ trước chuyển qua)',
      },
    ]);
  });

  it('ignores what is typed into a total and refuses anything but a whole number ≥ 0', () => {
    const { definition } = dossierForm();
    const model = previewDefinition(definition);
    const uid = (key: string) => uidOf(definition.columns, key);
    const row = sampleRow(model, {
      [uid('received_total')]: '99',
      [uid('received_online')]: '-1',
      [uid('received_direct')]: '2,5',
      [uid('carried_over')]: '4',
    });
    expect(row.cells[uid('received_total')]).toBe(4);
    expect(row.invalid).toEqual([uid('received_online'), uid('received_direct')]);
  });

  it('works while keys are blank or repeated, and follows rules as they are being written', () => {
    const a = { ...emptyColumn(), label: 'A' };
    const b = { ...emptyColumn(), label: 'B' };
    const total = { ...emptyColumn(), label: 'Tổng', kind: 'computed' as const, sumOf: [a.uid, b.uid] };
    const rule = { ...emptyRule(), left: a.uid, right: [b.uid], text: '  A   không lớn hơn B ' };
    const unfinished = { ...emptyRule(), left: '', right: [b.uid], text: '' };
    const model = previewDefinition({
      rowSource: 'fields',
      columns: [a, b, total],
      rules: [rule, unfinished],
    });
    const row = sampleRow(model, { [a.uid]: '3', [b.uid]: '2' });
    expect(row.cells[total.uid]).toBe(5);
    expect(row.errors).toEqual([{ row: 'sample', column: a.uid, message: 'A không lớn hơn B' }]);
  });

  it('reads a total built on a later total as computeRow does: before it is filled', () => {
    const a = { ...emptyColumn(), label: 'A' };
    const inner = { ...emptyColumn(), label: 'Tổng A', kind: 'computed' as const, sumOf: [a.uid] };
    const outer = { ...emptyColumn(), label: 'Tổng cộng', kind: 'computed' as const, sumOf: [inner.uid] };
    const wrongOrder = previewDefinition({ rowSource: 'fields', columns: [outer, inner, a], rules: [] });
    expect(sampleRow(wrongOrder, { [a.uid]: '4' }).cells[outer.uid]).toBe(0);
    const rightOrder = previewDefinition({ rowSource: 'fields', columns: [a, inner, outer], rules: [] });
    expect(sampleRow(rightOrder, { [a.uid]: '4' }).cells[outer.uid]).toBe(4);
  });
});

describe('formulas', () => {
  it('says how each total is made, by printed numbers', () => {
    const { definition } = dossierForm();
    const model = previewDefinition(definition);
    const header = previewHeader(definition.columns, LEADING);
    expect(formulas(model, header.numbers).map((f) => [f.number, f.parts])).toEqual([
      [3, [4, 5, 6]],
      [7, [8, 9, 10]],
      [11, [12, 13]],
    ]);
  });
});

describe('parseFigure', () => {
  it('takes whole numbers ≥ 0 and blanks', () => {
    expect(parseFigure('')).toBeNull();
    expect(parseFigure('  ')).toBeNull();
    expect(parseFigure('012')).toBe(12);
    expect(parseFigure('1.5')).toBe('invalid');
    expect(parseFigure('-3')).toBe('invalid');
    expect(parseFigure('1e3')).toBe('invalid');
    expect(parseFigure('99999999999999999999')).toBe('invalid');
  });
});
