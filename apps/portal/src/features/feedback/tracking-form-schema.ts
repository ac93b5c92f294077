import { AccessKeySchema, FeedbackCodeSchema } from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { codeFormSchema, parseCode } from '../../lib/code-lookup';
import { accessKeyFromInput } from './access-key';

/** The lookup form: the shared feedback code rule, with its own message for an empty field. */
export const feedbackCodeFormSchema = codeFormSchema(FeedbackCodeSchema, texts.feedback.trackCodeRequired);

/** A code from the URL, normalised, or null when it cannot be a feedback code. */
export function normaliseFeedbackCode(raw: string): string | null {
  return parseCode(FeedbackCodeSchema, raw);
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

/** The sender's key was refused (403): it is forgotten and asked again. */
export function isWrongKey(error: unknown): boolean {
  return isApiError(error) && error.status === 403;
}

/** The action is no longer open in the feedback's current state (409): the page reloads it. */
export function isStateConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}
