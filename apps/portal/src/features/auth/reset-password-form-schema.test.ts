import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import {
  isResetLinkRefused,
  ResetPasswordFormSchema,
  toResetPayload,
  wellFormedResetToken,
} from './reset-password-form-schema';

function messages(values: { newPassword: string; confirmNewPassword: string }) {
  const result = ResetPasswordFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
}

describe('ResetPasswordFormSchema', () => {
  it('accepts a password the API accepts, typed twice', () => {
    expect(messages({ newPassword: 'MatKhau2026', confirmNewPassword: 'MatKhau2026' })).toEqual({});
  });

  it('asks for the new password rather than quoting a length rule on a blank field', () => {
    expect(messages({ newPassword: '', confirmNewPassword: '' })).toEqual({
      newPassword: 'Nhập mật khẩu mới',
      confirmNewPassword: 'Nhập lại mật khẩu để xác nhận',
    });
  });

  it('applies the shared password rules and checks the confirmation', () => {
    const result = messages({ newPassword: 'chiconchu', confirmNewPassword: 'chiconchu2' });
    expect(result.newPassword).toBe('Mật khẩu cần có cả chữ và số');
    expect(result.confirmNewPassword).toBe('Mật khẩu nhập lại không khớp');
  });
});

describe('the reset link', () => {
  it('is well formed only with a token of the length the API takes', () => {
    expect(wellFormedResetToken(null)).toBe(false);
    expect(wellFormedResetToken('ngan')).toBe(false);
    expect(wellFormedResetToken('a'.repeat(43))).toBe(true);
  });

  it('sends the token from the link with the new password', () => {
    expect(toResetPayload({ newPassword: 'MatKhau2026', confirmNewPassword: 'MatKhau2026' }, 'tok')).toEqual({
      token: 'tok',
      newPassword: 'MatKhau2026',
    });
  });

  it('tells a refused link from a refused password', () => {
    const refused = (field: string) =>
      new ApiError({
        status: 400,
        code: 'validation_failed',
        title: 'Dữ liệu không hợp lệ',
        errors: [{ field, message: 'x' }],
      });
    expect(isResetLinkRefused(refused('body.token'))).toBe(true);
    expect(isResetLinkRefused(refused('body.newPassword'))).toBe(false);
    expect(isResetLinkRefused(new Error('offline'))).toBe(false);
  });
});
