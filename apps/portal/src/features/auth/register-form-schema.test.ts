import { describe, expect, it } from 'vitest';
import { emptyRegisterForm, RegisterFormSchema, toRegisterPayload } from './register-form-schema';

const valid = {
  ...emptyRegisterForm,
  fullName: 'Trần Thị Bình',
  identificationNumber: '001190012345',
  phone: '0987654321',
  password: 'MatKhau123',
  confirmPassword: 'MatKhau123',
};

function issuesOf(values: typeof valid) {
  const result = RegisterFormSchema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('RegisterFormSchema', () => {
  it('accepts a complete form with only a phone number', () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it('sends blank optional contacts as null', () => {
    expect(toRegisterPayload({ ...valid, email: '   ' })).toMatchObject({ phone: '0987654321', email: null });
  });

  it('reports a mismatched confirmation on the confirmation field', () => {
    expect(issuesOf({ ...valid, confirmPassword: 'MatKhau124' })).toEqual({
      confirmPassword: 'Mật khẩu nhập lại không khớp',
    });
  });

  it('applies the shared rules: 12-digit identification number and a phone or an email', () => {
    const issues = issuesOf({ ...valid, identificationNumber: '12345', phone: '' });
    expect(issues.identificationNumber).toBe('Số định danh cá nhân gồm 12 chữ số');
    expect(issues.phone).toBe('Cần số điện thoại hoặc email');
  });

  it('reports every problem at once, asking for blank required fields rather than quoting a rule', () => {
    expect(issuesOf({ ...emptyRegisterForm })).toEqual({
      fullName: 'Nhập họ và tên',
      identificationNumber: 'Nhập số định danh cá nhân',
      phone: 'Cần số điện thoại hoặc email',
      password: 'Nhập mật khẩu',
      confirmPassword: 'Nhập lại mật khẩu để xác nhận',
    });
  });

  it('quotes the shared rule once something was typed', () => {
    expect(issuesOf({ ...valid, fullName: ' A ' }).fullName).toBe('Cần ít nhất 2 ký tự');
  });
});
