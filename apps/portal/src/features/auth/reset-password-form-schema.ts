import { PasswordResetConfirmSchema } from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { checkPasswordConfirmed, checkWithPayloadSchema } from '../../lib/form-schema';

export const resetPasswordFields = ['newPassword', 'confirmNewPassword'] as const;
export type ResetPasswordFormValues = Record<(typeof resetPasswordFields)[number], string>;
export const emptyResetPasswordForm: ResetPasswordFormValues = { newPassword: '', confirmNewPassword: '' };

/** The query parameter of the link in the e-mail or SMS: `/dat-lai-mat-khau?ma=<token>`. */
export const RESET_TOKEN_PARAM = 'ma';

export function toResetPayload(values: ResetPasswordFormValues, token: string) {
  return { token, newPassword: values.newPassword };
}

/** The token does not come from the form; any well-formed one lets the shared schema check the password. */
const ANY_TOKEN = 'x'.repeat(43);

/** The shared rules for the new password, plus the confirmation that exists only in the form. */
export const ResetPasswordFormSchema = z
  .object({ newPassword: z.string(), confirmNewPassword: z.string() })
  .superRefine(
    checkWithPayloadSchema(
      PasswordResetConfirmSchema,
      (values: ResetPasswordFormValues) => toResetPayload(values, ANY_TOKEN),
      { newPassword: texts.auth.newPasswordRequired },
    ),
  )
  .superRefine(checkPasswordConfirmed('newPassword', 'confirmNewPassword'));

/** Whether the link carries something shaped like a token at all; only the server knows whether it still works. */
export function wellFormedResetToken(value: string | null): value is string {
  return value !== null && PasswordResetConfirmSchema.shape.token.safeParse(value).success;
}

/** A refusal of the link itself (unknown, used or expired), as opposed to a problem with the new password. */
export function isResetLinkRefused(error: unknown): boolean {
  return isApiError(error) && error.status === 400 && error.errors.some((e) => e.field === 'body.token');
}
