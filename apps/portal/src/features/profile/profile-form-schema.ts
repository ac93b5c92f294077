import {
  ChangePasswordSchema,
  CitizenProfileUpdateSchema,
  type Citizen,
  type CitizenProfileUpdate,
} from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { blankToNull, checkPasswordConfirmed, checkWithPayloadSchema } from '../../lib/form-schema';

export const profileFields = ['fullName', 'phone', 'email', 'dateOfBirth', 'address'] as const;
export type ProfileFormValues = Record<(typeof profileFields)[number], string>;

export function toProfileFormValues(citizen: Citizen): ProfileFormValues {
  return {
    fullName: citizen.fullName,
    phone: citizen.phone ?? '',
    email: citizen.email ?? '',
    dateOfBirth: citizen.dateOfBirth ?? '',
    address: citizen.address ?? '',
  };
}

export function toProfilePayload(values: ProfileFormValues, version: number): CitizenProfileUpdate {
  return {
    fullName: values.fullName,
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    dateOfBirth: blankToNull(values.dateOfBirth),
    address: blankToNull(values.address),
    version,
  };
}

/** The version does not come from the form; any valid one lets the shared schema check the fields. */
const ANY_VERSION = 1;

export const ProfileFormSchema = z
  .object({
    fullName: z.string(),
    phone: z.string(),
    email: z.string(),
    dateOfBirth: z.string(),
    address: z.string(),
  })
  .superRefine(
    checkWithPayloadSchema(
      CitizenProfileUpdateSchema,
      (values: ProfileFormValues) => toProfilePayload(values, ANY_VERSION),
      { fullName: texts.auth.fullNameRequired },
    ),
  );

/** Whether two versions of the profile differ in what the form shows (not just in version or timestamps). */
export function sameProfileFields(a: Citizen, b: Citizen): boolean {
  const left = toProfileFormValues(a);
  const right = toProfileFormValues(b);
  return profileFields.every((field) => left[field] === right[field]);
}

/**
 * Which server version an open profile form should now be based on when fresh data arrives. A new version that
 * changed none of the shown fields (e.g. after a password change) is adopted silently; one with other values is
 * adopted only if the citizen has not started editing — otherwise the form keeps its base, and saving reports
 * the conflict instead of silently overwriting someone else's change.
 */
export function rebase(
  base: Citizen,
  incoming: Citizen,
  editing: boolean,
): { base: Citizen; resetForm: boolean } {
  if (incoming.version === base.version) return { base, resetForm: false };
  if (sameProfileFields(base, incoming)) return { base: incoming, resetForm: false };
  if (!editing) return { base: incoming, resetForm: true };
  return { base, resetForm: false };
}

export const passwordFields = ['currentPassword', 'newPassword', 'confirmNewPassword'] as const;
export type PasswordFormValues = Record<(typeof passwordFields)[number], string>;
export const emptyPasswordForm: PasswordFormValues = {
  currentPassword: '',
  newPassword: '',
  confirmNewPassword: '',
};

export function toChangePasswordPayload(values: PasswordFormValues) {
  return { currentPassword: values.currentPassword, newPassword: values.newPassword };
}

export const PasswordFormSchema = z
  .object({ currentPassword: z.string(), newPassword: z.string(), confirmNewPassword: z.string() })
  .superRefine(
    checkWithPayloadSchema(ChangePasswordSchema, toChangePasswordPayload, {
      newPassword: texts.auth.newPasswordRequired,
    }),
  )
  .superRefine(checkPasswordConfirmed('newPassword', 'confirmNewPassword'));
