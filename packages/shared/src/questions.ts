/**
 * Questions and guidance (hỏi đáp): a citizen asks the agency responsible for a procedure; the agency's answer is
 * published in a public, searchable Q&A with the asker's identity left out.
 */
import { z } from 'zod';
import { PageQuerySchema, pageSchema, textSchema, UuidSchema, VersionSchema } from './common';
import { ProcedureCodeSchema } from './procedures';

export const QUESTION_STATUSES = ['pending', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  pending: 'Chờ trả lời',
  answered: 'Đã trả lời',
};

export const QuestionCreateSchema = z.object({
  unitId: UuidSchema.describe('The agency asked'),
  procedureCode: ProcedureCodeSchema.nullable().default(null),
  title: textSchema(200, 5),
  content: textSchema(3000, 10),
});
export type QuestionCreate = z.input<typeof QuestionCreateSchema>;

export const QuestionSchema = z
  .object({
    id: UuidSchema,
    title: z.string(),
    content: z.string(),
    procedureCode: z.string().nullable(),
    procedureName: z.string().nullable(),
    unitName: z.string(),
    status: z.enum(QUESTION_STATUSES),
    askedAt: z.string(),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof QuestionSchema>;

/** An officer sees who asked, to contact them if needed; the public never does. */
export const OfficerQuestionSchema = QuestionSchema.extend({
  askerName: z.string(),
  unitId: UuidSchema,
  answeredByName: z.string().nullable(),
}).meta({ id: 'OfficerQuestion' });

export const QuestionListSchema = z.object({ items: z.array(QuestionSchema) });
export const QuestionPageSchema = pageSchema(QuestionSchema);
export const OfficerQuestionPageSchema = pageSchema(OfficerQuestionSchema);

export const PublicQuestionQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional().describe('Words of the question or answer; diacritics ignored'),
  procedureCode: ProcedureCodeSchema.optional(),
});

export const OfficerQuestionQuerySchema = PageQuerySchema.extend({
  status: z.enum(QUESTION_STATUSES).optional(),
});

export const QuestionAnswerSchema = z.object({ answer: textSchema(5000, 10), version: VersionSchema });
