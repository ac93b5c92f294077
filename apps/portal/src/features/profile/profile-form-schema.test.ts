import type { Citizen } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  PasswordFormSchema,
  ProfileFormSchema,
  rebase,
  toProfileFormValues,
  toProfilePayload,
} from './profile-form-schema';

const citizen: Citizen = {
  id: '8f5b5b8e-3c1e-4c55-9a57-6c0a3f6f0d11',
  fullName: 'Nguyễn Văn An',
  identificationNumber: '001090000001',
  phone: '0912345678',
  email: null,
  dateOfBirth: '1990-05-02',
  address: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 3,
};

describe('profile form values', () => {
  it('round-trips a profile, sending blanks as null and the base version', () => {
    const values = { ...toProfileFormValues(citizen), address: '  ' };
    expect(toProfilePayload(values, 3)).toEqual({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      email: null,
      dateOfBirth: '1990-05-02',
      address: null,
      version: 3,
    });
  });

  it('refuses removing both the phone and the email, on the phone field', () => {
    const result = ProfileFormSchema.safeParse({ ...toProfileFormValues(citizen), phone: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['phone', 'Cần số điện thoại hoặc email'],
    ]);
  });
});

describe('rebase', () => {
  it('adopts a new version that changed no shown field, even while editing (a password change)', () => {
    const next = { ...citizen, version: 4 };
    expect(rebase(citizen, next, true)).toEqual({ base: next, resetForm: false });
  });

  it('refreshes an untouched form with changes made elsewhere', () => {
    const next = { ...citizen, fullName: 'Nguyễn Văn Ân', version: 4 };
    expect(rebase(citizen, next, false)).toEqual({ base: next, resetForm: true });
  });

  it('keeps the old base under a form being edited, so saving reports the conflict', () => {
    const next = { ...citizen, fullName: 'Nguyễn Văn Ân', version: 4 };
    expect(rebase(citizen, next, true)).toEqual({ base: citizen, resetForm: false });
  });
});

describe('PasswordFormSchema', () => {
  it('checks the confirmation and the shared rule that the new password differs', () => {
    const result = PasswordFormSchema.safeParse({
      currentPassword: 'Demo@123',
      newPassword: 'Demo@123',
      confirmNewPassword: 'Demo@124',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['newPassword', 'Mật khẩu mới phải khác mật khẩu hiện tại'],
      ['confirmNewPassword', 'Mật khẩu nhập lại không khớp'],
    ]);
  });
});
