import { z } from 'zod';
import { PasswordSchema } from './common';
import { ROLES } from './roles';
import { UnitRefSchema } from './users';

/** JWT audiences: officer and citizen tokens are never interchangeable. */
export const TOKEN_AUDIENCES = ['officer', 'citizen'] as const;
export type TokenAudience = (typeof TOKEN_AUDIENCES)[number];

export const LoginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(254),
  password: z.string().min(1, 'Nhập mật khẩu').max(128),
});
export type Login = z.infer<typeof LoginSchema>;

export const TokenSchema = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('Seconds until the access token expires'),
});
export type Token = z.infer<typeof TokenSchema>;

export const MeSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
    unit: UnitRefSchema,
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const LoginResponseSchema = TokenSchema.extend({ user: MeSchema });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(128),
    newPassword: PasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
    path: ['newPassword'],
  });
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;
