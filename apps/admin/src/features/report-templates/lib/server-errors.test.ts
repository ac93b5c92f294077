import { describe, expect, it } from 'vitest';
import { mapServerErrors } from './server-errors';
import { emptyColumn, emptyRule, emptyTemplateForm } from './template-form';

function values() {
  const form = emptyTemplateForm();
  form.definition.columns = [emptyColumn(), emptyColumn(), emptyColumn(), emptyColumn()];
  form.definition.rules = [emptyRule()];
  return form;
}

describe('mapServerErrors', () => {
  it('puts the API’s paths on the editor’s fields', () => {
    const result = mapServerErrors(
      [
        { field: 'body.code', message: 'Quá ngắn' },
        { field: 'body.definition.columns.3.sumOf.0', message: 'Cột tổng phải cộng các cột khác của biểu' },
        { field: 'body.definition.columns.1.metric', message: 'Chỉ tiêu hệ thống không tồn tại' },
        { field: 'body.definition.columns.2.key', message: 'Mã cột bị trùng' },
        { field: 'body.definition.rules.0.message', message: 'Không được để trống' },
        { field: 'body.definition.rules.0', message: 'Quy tắc phải nêu các cột của biểu' },
        { field: 'body.definition.columns', message: 'Cần ít nhất 1 cột' },
      ],
      values(),
    );
    expect(result.fields).toEqual([
      { name: 'code', message: 'Quá ngắn' },
      { name: 'definition.columns.3.sumOf', message: 'Cột tổng phải cộng các cột khác của biểu' },
      { name: 'definition.columns.1.metric', message: 'Chỉ tiêu hệ thống không tồn tại' },
      { name: 'definition.columns.2.key', message: 'Mã cột bị trùng' },
      { name: 'definition.rules.0.text', message: 'Không được để trống' },
      { name: 'definition.rules.0.root', message: 'Quy tắc phải nêu các cột của biểu' },
      { name: 'definition.columns.root', message: 'Cần ít nhất 1 cột' },
    ]);
    expect(result.rest).toEqual([]);
  });

  it('says in words what the editor has no field for, such as "≥ 0" after the edited rules', () => {
    const result = mapServerErrors(
      [
        { field: 'body.definition.rules.1.kind', message: 'Loại quy tắc không hợp lệ' },
        { field: 'body.definition.columns.9.key', message: 'Mã cột bị trùng' },
        { field: 'body.other', message: 'Trường lạ' },
        { field: 'query.x', message: 'Tham số lạ' },
      ],
      values(),
    );
    expect(result.fields).toEqual([]);
    expect(result.rest).toEqual(['Loại quy tắc không hợp lệ', 'Mã cột bị trùng', 'Trường lạ', 'Tham số lạ']);
  });

  it('keeps the first message of a field', () => {
    const result = mapServerErrors(
      [
        { field: 'body.definition.columns.0.sumOf.0', message: 'Thứ nhất' },
        { field: 'body.definition.columns.0.sumOf.1', message: 'Thứ hai' },
      ],
      values(),
    );
    expect(result.fields).toEqual([{ name: 'definition.columns.0.sumOf', message: 'Thứ nhất' }]);
  });
});
