import { CitizenRegisterSchema, type CitizenRegister } from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { blankToNull, checkPasswordConfirmed, checkWithPayloadSchema } from '../../lib/form-schema';

export const registerFields = [
  'fullName',
  'identificationNumber',
  'phone',
  'email',
  'password',
  'confirmPassword',
] as const;

export type RegisterFormValues = Record<(typeof registerFields)[number], string>;

export const emptyRegisterForm: RegisterFormValues = {
  fullName: '',
  identificationNumber: '',
  phone: '',
  email: '',
  password: '',
  confirmPassword: '',
};

export function toRegisterPayload(values: RegisterFormValues): CitizenRegister {
  return {
    fullName: values.fullName,
    identificationNumber: values.identificationNumber.trim(),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    password: values.password,
  };
}

/** The shared registration rules, plus the confirmation field that exists only in the form. */
export const RegisterFormSchema = z
  .object({
    fullName: z.string(),
    identificationNumber: z.string(),
    phone: z.string(),
    email: z.string(),
    password: z.string(),
    confirmPassword: z.string(),
  })
  .superRefine(
    checkWithPayloadSchema(CitizenRegisterSchema, toRegisterPayload, {
      fullName: texts.auth.fullNameRequired,
      identificationNumber: texts.auth.identificationNumberRequired,
      password: texts.auth.passwordRequired,
    }),
  )
  .superRefine(checkPasswordConfirmed('password', 'confirmPassword'));
