import { EXPORT_FORMATS, EXPORT_STATUSES, type CustomReport, type ExportRequestSchema } from '@motcua/shared';
import type { z } from 'zod';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { users } from './identity';

/** A custom report an officer saved: its columns, filter and grouping. Private to the officer. */
export const savedReports = pgTable(
  'saved_reports',
  {
    id: id(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    definition: jsonb('definition').$type<CustomReport>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('saved_reports_owner_idx').on(t.ownerId, t.updatedAt)],
);

/**
 * A report export running in the background. The request is kept so that a job interrupted by a restart runs again;
 * `updated_at` is the runner's heartbeat. The file is written by streaming into the file store.
 */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: id(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    format: text('format', { enum: EXPORT_FORMATS }).notNull(),
    request: jsonb('request').$type<z.infer<typeof ExportRequestSchema>>().notNull(),
    status: text('status', { enum: EXPORT_STATUSES }).notNull().default('queued'),
    processed: integer('processed').notNull().default(0),
    total: integer('total'),
    storageKey: text('storage_key'),
    fileName: text('file_name'),
    size: integer('size'),
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('export_jobs_owner_idx').on(t.ownerId, t.createdAt),
    index('export_jobs_pending_idx').on(t.status, t.updatedAt),
  ],
);
