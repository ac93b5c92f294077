import { QuestionAnswerSchema } from '@motcua/shared';
import { isApiError } from '../../../lib/api-error';

/** The form holds the answer only; the question's version is added when it is sent. */
export const AnswerFormSchema = QuestionAnswerSchema.pick({ answer: true });

/**
 * A refusal that a reload explains: the question was answered by a colleague (409 conflict) or changed since
 * it was opened (409 version_conflict).
 */
export function isStaleAnswer(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}
