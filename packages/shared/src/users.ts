import { z } from 'zod';
import {
  EmailSchema,
  PageQuerySchema,
  PasswordSchema,
  pageSchema,
  PhoneSchema,
  QueryBooleanSchema,
  textSchema,
  UuidSchema,
  VersionSchema,
} from './common';
import { ROLES } from './roles';
import { UNIT_LEVELS } from './units';

export const USER_STATUSES = ['active', 'locked'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_STATUS = { active: 'active', locked: 'locked' } as const;

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'Tên đăng nhập 3–64 ký tự: chữ thường, số, dấu chấm, gạch');

export const UnitRefSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  code: z.string(),
  level: z.enum(UNIT_LEVELS),
});

export const UserSchema = z
  .object({
    id: UuidSchema,
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    unit: UnitRefSchema,
    roles: z.array(z.enum(ROLES)),
    status: z.enum(USER_STATUSES),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    version: z.number().int(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

const userFields = {
  fullName: textSchema(120, 2),
  email: EmailSchema.nullable().default(null),
  phone: PhoneSchema.nullable().default(null),
  unitId: UuidSchema,
  roles: z
    .array(z.enum(ROLES))
    .min(1, 'Chọn ít nhất một vai trò')
    .transform((r) => [...new Set(r)]),
};

export const UserCreateSchema = z.object({
  username: UsernameSchema,
  ...userFields,
  password: PasswordSchema.optional().describe('Omit to have a temporary password generated'),
});
export type UserCreate = z.input<typeof UserCreateSchema>;

export const UserUpdateSchema = z.object({ ...userFields, version: VersionSchema });
export type UserUpdate = z.input<typeof UserUpdateSchema>;

export const UserVersionSchema = z.object({ version: VersionSchema });

export const UserListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional().describe('Username, name or email, diacritics ignored'),
  unitId: UuidSchema.optional(),
  includeSubunits: QueryBooleanSchema.optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
});
export type UserListQuery = z.input<typeof UserListQuerySchema>;
export type UserListParams = z.output<typeof UserListQuerySchema>;

export const UserPageSchema = pageSchema(UserSchema);
export type UserPage = z.infer<typeof UserPageSchema>;

/** Returned once when an account is created without a password or its password is reset. */
export const UserWithPasswordSchema = z.object({
  user: UserSchema,
  temporaryPassword: z.string().nullable(),
});
export type UserWithPassword = z.infer<typeof UserWithPasswordSchema>;
