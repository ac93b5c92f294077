import { describe, expect, it } from 'vitest';
import { mapFieldErrors } from './form-errors';

describe('mapFieldErrors', () => {
  const form = ['username', 'email', 'roles'] as const;

  it('puts body errors on the named fields', () => {
    const result = mapFieldErrors(
      [
        { field: 'body.username', message: 'Đã tồn tại' },
        { field: 'body.email', message: 'Email không hợp lệ' },
      ],
      form,
    );
    expect(result.fields).toEqual([
      { name: 'username', message: 'Đã tồn tại' },
      { name: 'email', message: 'Email không hợp lệ' },
    ]);
    expect(result.rest).toEqual([]);
  });

  it('maps array items to their field and keeps the first message', () => {
    const result = mapFieldErrors(
      [
        { field: 'body.roles.0', message: 'Vai trò không hợp lệ' },
        { field: 'body.roles.1', message: 'Lỗi thứ hai' },
      ],
      form,
    );
    expect(result.fields).toEqual([{ name: 'roles', message: 'Vai trò không hợp lệ' }]);
  });

  it('keeps errors for fields the form lacks and non-body errors apart', () => {
    const result = mapFieldErrors(
      [
        { field: 'body.unitId', message: 'Đơn vị ngoài phạm vi' },
        { field: 'querystring.email', message: 'Sai truy vấn' },
      ],
      form,
    );
    expect(result.fields).toEqual([]);
    expect(result.rest).toEqual(['Đơn vị ngoài phạm vi', 'Sai truy vấn']);
  });
});
