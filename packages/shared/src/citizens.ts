import { z } from 'zod';
import {
  DateStringSchema,
  EmailSchema,
  PasswordSchema,
  PersonalIdSchema,
  PhoneSchema,
  textSchema,
  VersionSchema,
} from './common';
import { TokenSchema } from './auth';

export const CitizenSchema = z
  .object({
    id: z.uuid(),
    fullName: z.string(),
    identificationNumber: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    dateOfBirth: DateStringSchema.nullable(),
    address: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    version: z.number().int(),
  })
  .meta({ id: 'Citizen' });
export type Citizen = z.infer<typeof CitizenSchema>;

const contactRequired = {
  message: 'Cần số điện thoại hoặc email',
  path: ['phone'],
};

export const CitizenRegisterSchema = z
  .object({
    fullName: textSchema(120, 2),
    identificationNumber: PersonalIdSchema,
    phone: PhoneSchema.nullable().default(null),
    email: EmailSchema.nullable().default(null),
    password: PasswordSchema,
  })
  .refine((v) => v.phone !== null || v.email !== null, contactRequired);
export type CitizenRegister = z.input<typeof CitizenRegisterSchema>;

export const CitizenLoginSchema = z.object({
  login: z.string().trim().toLowerCase().min(1, 'Nhập số điện thoại hoặc email').max(254),
  password: z.string().min(1, 'Nhập mật khẩu').max(128),
});
export type CitizenLogin = z.infer<typeof CitizenLoginSchema>;

export const CitizenLoginResponseSchema = TokenSchema.extend({ citizen: CitizenSchema });
export type CitizenLoginResponse = z.infer<typeof CitizenLoginResponseSchema>;

export const CitizenProfileUpdateSchema = z
  .object({
    fullName: textSchema(120, 2),
    phone: PhoneSchema.nullable().default(null),
    email: EmailSchema.nullable().default(null),
    dateOfBirth: DateStringSchema.nullable().default(null),
    address: textSchema(300).nullable().default(null),
    version: VersionSchema,
  })
  .refine((v) => v.phone !== null || v.email !== null, contactRequired);
export type CitizenProfileUpdate = z.input<typeof CitizenProfileUpdateSchema>;

export const PasswordResetRequestSchema = z.object({
  login: z.string().trim().toLowerCase().min(1, 'Nhập số điện thoại hoặc email').max(254),
});

export const PasswordResetConfirmSchema = z.object({
  token: z.string().trim().min(20).max(200),
  newPassword: PasswordSchema,
});
