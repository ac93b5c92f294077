import { ONLINE_LEVELS, PROCEDURE_LEVELS, PROCEDURE_STATUSES, type ProcedureContent } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';

/** A procedure (TTHC) by its national code; its content lives in versions. */
export const procedures = pgTable('procedures', {
  id: id(),
  code: text('code').notNull().unique(),
  createdAt: createdAt(),
});

/**
 * One version of a procedure's content. A draft is edited, then published with an effective date (today or later),
 * which ends the previously published version the day before. The version in force on a date is the published one
 * whose period covers it. Dossiers keep the version they were received under.
 * Lists that are always read whole (methods, cases, results, legal bases) are JSON validated by the shared schema.
 */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: id(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: PROCEDURE_STATUSES }).notNull().default('draft'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    effectiveTo: date('effective_to', { mode: 'string' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    levels: text('levels', { enum: PROCEDURE_LEVELS }).array().notNull(),
    onlineLevel: text('online_level', { enum: ONLINE_LEVELS }).notNull(),
    executingAgency: text('executing_agency').notNull(),
    content: jsonb('content').$type<ProcedureContent>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('procedure_versions_number_unique').on(t.procedureId, t.versionNo),
    // At most one draft of a procedure at a time; published versions follow each other by effective date.
    uniqueIndex('procedure_versions_one_draft')
      .on(t.procedureId)
      .where(sql`status = 'draft'`),
    index('procedure_versions_field_idx').on(t.field),
    check(
      'procedure_versions_status_check',
      sql.raw(`status in (${PROCEDURE_STATUSES.map((s) => `'${s}'`).join(', ')})`),
    ),
    check(
      'procedure_versions_online_check',
      sql.raw(`online_level in (${ONLINE_LEVELS.map((s) => `'${s}'`).join(', ')})`),
    ),
  ],
);

/** Template forms (mẫu đơn, tờ khai) of procedure components, stored like dossier files and served to anyone. */
export const procedureTemplates = pgTable('procedure_templates', {
  id: id(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  uploadedBy: uuid('uploaded_by'),
  createdAt: createdAt(),
});
