import { AccessKeySchema, FeedbackCodeSchema } from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { accessKeyFromInput } from './access-key';

/** The lookup form: the shared code rule (trimmed, upper-cased), with its own message for an empty field. */
export const feedbackCodeFormSchema = z.object({
  code: z.string().trim().min(1, texts.feedback.trackCodeRequired).pipe(FeedbackCodeSchema),
});
export type FeedbackCodeFormInput = z.input<typeof feedbackCodeFormSchema>;
export type FeedbackCodeFormOutput = z.output<typeof feedbackCodeFormSchema>;

/** A code from the URL, normalised, or null when it cannot be a feedback code. */
export function normaliseFeedbackCode(raw: string): string | null {
  const parsed = FeedbackCodeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The access key form: the key, or the private link pasted whole. */
export const accessKeyFormSchema = z.object({
  key: z
    .string()
    .transform(accessKeyFromInput)
    .pipe(z.string().min(1, texts.feedback.keyRequired).pipe(AccessKeySchema)),
});
export type AccessKeyFormInput = z.input<typeof accessKeyFormSchema>;
export type AccessKeyFormOutput = z.output<typeof accessKeyFormSchema>;

export type LookupFailure = 'not_found' | 'invalid' | 'other';

/** Which message a failed lookup deserves: unknown code, malformed code, or anything else (network, server). */
export function lookupFailure(error: unknown): LookupFailure {
  if (isApiError(error) && error.status === 404) return 'not_found';
  if (isApiError(error) && error.status === 400) return 'invalid';
  return 'other';
}

/** The sender's key was refused (403): it is forgotten and asked again. */
export function isWrongKey(error: unknown): boolean {
  return isApiError(error) && error.status === 403;
}

/** The action is no longer open in the feedback's current state (409): the page reloads it. */
export function isStateConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}
