import { describe, expect, it } from 'vitest';
import { emptyComponent, emptyProcedureForm } from './procedure-form';
import { isShownPath, mapProcedureErrors } from './server-errors';

function twoCases() {
  const form = emptyProcedureForm();
  form.cases.push({ name: 'Trường hợp ủy quyền', components: [emptyComponent()] });
  return form;
}

describe('mapProcedureErrors', () => {
  it('puts create and update errors on the same nested fields', () => {
    const result = mapProcedureErrors(
      [
        { field: 'body.methods.0.timeLimit.amount', message: 'Quá nhỏ' },
        { field: 'body.content.cases.1.components.0.name', message: 'Cần ít nhất 2 ký tự' },
        { field: 'body.agencies.executing', message: 'Cần ít nhất 2 ký tự' },
      ],
      twoCases(),
    );
    expect(result.fields).toEqual([
      { name: 'methods.0.timeLimit.amount', message: 'Quá nhỏ' },
      { name: 'cases.1.components.0.name', message: 'Cần ít nhất 2 ký tự' },
      { name: 'agencies.executing', message: 'Cần ít nhất 2 ký tự' },
    ]);
    expect(result.rest).toEqual([]);
  });

  it('falls back to the nearest group the form shows, once per field', () => {
    const result = mapProcedureErrors(
      [
        { field: 'body.methods', message: 'Mỗi kênh chỉ khai báo một lần' },
        { field: 'body.methods.0.timeLimit', message: 'Thiếu thời hạn' },
        { field: 'body.relatedCodes.2', message: 'Mã thủ tục dạng 1.001193' },
      ],
      twoCases(),
    );
    expect(result.fields).toEqual([
      { name: 'methods', message: 'Mỗi kênh chỉ khai báo một lần' },
      { name: 'relatedCodes', message: 'Mã thủ tục dạng 1.001193' },
    ]);
  });

  it('keeps what the form cannot show as form-level messages', () => {
    const result = mapProcedureErrors(
      [
        { field: 'body.cases.5.name', message: 'Trường hợp không tồn tại' },
        { field: 'params.id', message: 'Mã không hợp lệ' },
        { field: 'body.version', message: 'Phiên bản cũ' },
      ],
      twoCases(),
    );
    expect(result.fields).toEqual([{ name: 'cases', message: 'Trường hợp không tồn tại' }]);
    expect(result.rest).toEqual(['Mã không hợp lệ', 'Phiên bản cũ']);
  });

  it('shows errors on inputs and groups, not on plain objects', () => {
    const form = twoCases();
    expect(isShownPath(form, 'cases.1.components.0.required')).toBe(true);
    expect(isShownPath(form, 'levels')).toBe(true);
    expect(isShownPath(form, 'agencies')).toBe(false);
    expect(isShownPath(form, 'cases.9')).toBe(false);
  });
});
