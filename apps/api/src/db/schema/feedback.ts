import { FEEDBACK_CATEGORIES, FEEDBACK_EVENTS, FEEDBACK_RATINGS, FEEDBACK_STATUSES } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { units } from './org';

/**
 * A citizen's feedback (PAKN). `receiving_unit_id` is the agency that holds it (where it was sent, or transferred
 * to); `handling_unit_id` the lead unit it was forwarded to. Deadlines are fixed when the clock starts (submission,
 * transfer, answer) so that queues sort and alerts scan on plain columns.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: id(),
    code: text('code').notNull().unique(),
    category: text('category', { enum: FEEDBACK_CATEGORIES }).notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** Title, content and answer folded (no diacritics, lower case) for search. */
    searchText: text('search_text').notNull(),
    procedureCode: text('procedure_code'),
    dossierCode: text('dossier_code'),
    senderName: text('sender_name').notNull(),
    senderEmail: text('sender_email'),
    senderPhone: text('sender_phone'),
    senderAddress: text('sender_address'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the access key given to the sender once. */
    accessKeyHash: text('access_key_hash').notNull(),
    receivingUnitId: uuid('receiving_unit_id')
      .notNull()
      .references(() => units.id),
    handlingUnitId: uuid('handling_unit_id').references(() => units.id),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('new'),
    /** Where the feedback goes back to once the sender has added the information asked for. */
    resumeStatus: text('resume_status', { enum: FEEDBACK_STATUSES }),
    infoRequest: text('info_request'),
    refusalReason: text('refusal_reason'),
    /** Submission, or the latest transfer: the start of the agency's clock. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    refuseDueAt: timestamp('refuse_due_at', { withTimezone: true }).notNull(),
    infoDueAt: timestamp('info_due_at', { withTimezone: true }).notNull(),
    handleDueAt: timestamp('handle_due_at', { withTimezone: true }).notNull(),
    publishDueAt: timestamp('publish_due_at', { withTimezone: true }),
    classifiedAt: timestamp('classified_at', { withTimezone: true }),
    refusedAt: timestamp('refused_at', { withTimezone: true }),
    firstInfoRequestAt: timestamp('first_info_request_at', { withTimezone: true }),
    answer: text('answer'),
    answerFileId: uuid('answer_file_id'),
    answeredById: uuid('answered_by_id'),
    answeredByName: text('answered_by_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    rating: text('rating', { enum: FEEDBACK_RATINGS }),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('feedback_receiving_idx').on(t.receivingUnitId, t.status, t.createdAt),
    index('feedback_handling_idx').on(t.handlingUnitId, t.status, t.createdAt),
    index('feedback_published_idx')
      .on(t.publishedAt)
      .where(sql`${t.status} = 'published'`),
    index('feedback_created_idx').on(t.createdAt),
  ],
);

/** Units asked to contribute an opinion to the lead unit's answer (đơn vị phối hợp). */
export const feedbackCoordinators = pgTable(
  'feedback_coordinators',
  {
    feedbackId: uuid('feedback_id')
      .notNull()
      .references(() => feedback.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.feedbackId, t.unitId] }),
    index('feedback_coordinators_unit_idx').on(t.unitId),
  ],
);

export const FEEDBACK_FILE_KINDS = ['citizen', 'supplement', 'answer'] as const;

/**
 * Files of a feedback. A citizen's upload is staged (no `feedback_id`) until the submission that names its token
 * claims it; unclaimed uploads expire.
 */
export const feedbackFiles = pgTable(
  'feedback_files',
  {
    id: id(),
    feedbackId: uuid('feedback_id').references(() => feedback.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FEEDBACK_FILE_KINDS }).notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('feedback_files_feedback_idx').on(t.feedbackId)],
);

/** Every step, with who took it and what they said; the public timeline is a subset. */
export const feedbackEvents = pgTable(
  'feedback_events',
  {
    id: id(),
    feedbackId: uuid('feedback_id')
      .notNull()
      .references(() => feedback.id, { onDelete: 'cascade' }),
    event: text('event', { enum: FEEDBACK_EVENTS }).notNull(),
    fromStatus: text('from_status', { enum: FEEDBACK_STATUSES }),
    toStatus: text('to_status', { enum: FEEDBACK_STATUSES }),
    unitId: uuid('unit_id').references(() => units.id),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [index('feedback_events_feedback_idx').on(t.feedbackId, t.createdAt)],
);

/** Captcha solutions already used: each proof of work buys one submission. */
export const captchaSpent = pgTable('captcha_spent', {
  signature: text('signature').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
