import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { describeImportField, importBodyFromJson, importKindOf, rowErrorsOf, XLSX_TYPE } from './import-file';

describe('import files', () => {
  it('tells a workbook from JSON by name or type, and refuses anything else', () => {
    expect(importKindOf({ name: 'thu-tuc.XLSX', type: '' })).toBe('xlsx');
    expect(importKindOf({ name: 'download', type: XLSX_TYPE })).toBe('xlsx');
    expect(importKindOf({ name: 'thu-tuc.json', type: '' })).toBe('json');
    expect(importKindOf({ name: 'thu-tuc.xls', type: 'application/vnd.ms-excel' })).toBeNull();
  });

  it('accepts the export format and a bare array, nothing else', () => {
    expect(importBodyFromJson('{"procedures":[{"code":"1.001193"}]}')).toEqual({
      procedures: [{ code: '1.001193' }],
    });
    expect(importBodyFromJson('[{"code":"1.001193"}]')).toEqual({ procedures: [{ code: '1.001193' }] });
    expect(importBodyFromJson('{"items":[]}')).toBeNull();
    expect(importBodyFromJson('{"procedures":')).toBeNull();
  });

  it('reads the row errors of a refused import', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'Tệp nhập có dòng không hợp lệ',
      extensions: {
        rowErrors: [{ sheet: 'Cách thức', row: 3, field: 'amount', message: 'Giá trị không hợp lệ' }],
      },
    });
    expect(rowErrorsOf(error)).toEqual([
      { sheet: 'Cách thức', row: 3, field: 'amount', message: 'Giá trị không hợp lệ' },
    ]);
    expect(rowErrorsOf(new ApiError({ status: 403, code: 'forbidden', title: 'Không có quyền' }))).toBeNull();
    expect(rowErrorsOf(new Error('x'))).toBeNull();
  });

  it('names fields in words and numbers list items from 1', () => {
    const labels = { methods: 'Cách thức', timeLimit: 'Thời hạn', amount: 'Số lượng', code: 'Mã thủ tục' };
    expect(describeImportField('methods.0.timeLimit.amount', labels)).toBe(
      'Cách thức 1 › Thời hạn › Số lượng',
    );
    expect(describeImportField('methods.1.timeLimit.amount', { ...labels, amount: 'Thời hạn' })).toBe(
      'Cách thức 2 › Thời hạn',
    );
    expect(describeImportField('code', labels)).toBe('Mã thủ tục');
    expect(describeImportField('row', labels)).toBe('row');
  });
});
