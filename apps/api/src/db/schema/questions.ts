import { QUESTION_STATUSES } from '@motcua/shared';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { citizens } from './identity';
import { units } from './org';

/** A citizen's question to an agency and the agency's answer, published once given. */
export const questions = pgTable(
  'questions',
  {
    id: id(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    procedureCode: text('procedure_code'),
    procedureName: text('procedure_name'),
    title: text('title').notNull(),
    content: text('content').notNull(),
    status: text('status', { enum: QUESTION_STATUSES }).notNull().default('pending'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredByName: text('answered_by_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('questions_unit_idx').on(t.unitId, t.status, t.createdAt),
    index('questions_citizen_idx').on(t.citizenId, t.createdAt),
    index('questions_published_idx').on(t.status, t.answeredAt),
  ],
);
