import {
  PERIOD_KINDS,
  PERIOD_STATUSES,
  REPORT_STATUSES,
  type ReportDefinition,
  type ReportValues,
} from '@motcua/shared';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { units } from './org';

/** A report form (biểu mẫu) as data. Editing makes a new version; a period keeps the versions it was issued with. */
export const reportTemplates = pgTable(
  'report_templates',
  {
    id: id(),
    code: text('code').notNull(),
    versionNo: integer('version_no').notNull(),
    name: text('name').notNull(),
    definition: jsonb('definition').$type<ReportDefinition>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('report_templates_code_version').on(t.code, t.versionNo)],
);

/** A reporting period (đợt báo cáo) issued by a unit to the units under it. */
export const reportPeriods = pgTable(
  'report_periods',
  {
    id: id(),
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: PERIOD_KINDS }).notNull(),
    year: integer('year').notNull(),
    dataFrom: date('data_from', { mode: 'string' }).notNull(),
    dataTo: date('data_to', { mode: 'string' }).notNull(),
    entryDeadline: date('entry_deadline', { mode: 'string' }).notNull(),
    templateIds: uuid('template_ids').array().notNull(),
    status: text('status', { enum: PERIOD_STATUSES }).notNull().default('draft'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('report_periods_issuer_idx').on(t.issuerUnitId, t.dataTo)],
);

/**
 * One unit's form in a period. `values` are the unit's own rows as entered; `totals` the figures it sent up (its own
 * rows plus its children's accepted totals), frozen when its leader approved it.
 */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => reportTemplates.id),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('in_entry'),
    values: jsonb('values').$type<ReportValues>().notNull().default({}),
    totals: jsonb('totals').$type<ReportValues>(),
    returnReason: text('return_reason'),
    /** The issuer reopened this form: entry and approval go on even if the period has closed. */
    reopened: boolean('reopened').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('reports_once').on(t.periodId, t.unitId, t.templateId),
    index('reports_unit_idx').on(t.unitId),
  ],
);

/** Every step of a report, append-only; approvals keep the figures as they were (an immutable snapshot). */
export const reportEvents = pgTable(
  'report_events',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    action: text('action').notNull(),
    fromStatus: text('from_status', { enum: REPORT_STATUSES }),
    toStatus: text('to_status', { enum: REPORT_STATUSES }),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    reason: text('reason'),
    snapshot: jsonb('snapshot').$type<ReportValues>(),
    createdAt: createdAt(),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.createdAt)],
);
