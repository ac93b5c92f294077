import { QuestionCreateSchema, type QuestionCreate } from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { blankToNull, checkWithPayloadSchema } from '../../lib/form-schema';

export const questionFields = ['procedureCode', 'unitId', 'title', 'content'] as const;

export type QuestionFormValues = Record<(typeof questionFields)[number], string>;

export const QUESTION_TITLE_MAX = 200;
export const QUESTION_CONTENT_MAX = 3000;

export function emptyQuestionForm(procedureCode = ''): QuestionFormValues {
  return { procedureCode, unitId: '', title: '', content: '' };
}

export function toQuestionPayload(values: QuestionFormValues): QuestionCreate {
  return {
    unitId: values.unitId,
    procedureCode: blankToNull(values.procedureCode),
    title: values.title,
    content: values.content,
  };
}

/**
 * The shared question rules. The contract lets a question go without a procedure, but the form asks for one: the
 * agencies that can answer are the ones that receive the procedure.
 */
export const QuestionFormSchema = z
  .object({
    procedureCode: z.string(),
    unitId: z.string(),
    title: z.string(),
    content: z.string(),
  })
  .superRefine(
    checkWithPayloadSchema(QuestionCreateSchema, toQuestionPayload, {
      procedureCode: texts.questions.procedureRequired,
      unitId: texts.questions.unitRequired,
      title: texts.questions.titleRequired,
      content: texts.questions.contentRequired,
    }),
  );
