import {
  CHANNELS,
  DOSSIER_STATES,
  FILE_KINDS,
  ON_TIME_RESULTS,
  RESULT_METHODS,
  type DossierStep,
  type ExplanationLine,
  type TimeUnit,
} from '@motcua/shared';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { users } from './identity';
import { units } from './org';
import { procedureVersions } from './procedures';

export type PersonRecord = {
  fullName: string;
  identificationNumber: string;
  dateOfBirth: string | null;
  address: string;
  phone: string | null;
  email: string | null;
};

export type ComponentRecord = {
  index: number;
  name: string;
  originals: number;
  copies: number;
  provided: boolean;
  form: string;
};

export type PauseRecord = { from: string; to: string | null; items: string[] };

/**
 * A dossier (hồ sơ). It keeps the procedure version and the workflow steps in force when it was received, the
 * appointment computed by the legal clock with its derivation, and the pauses for supplements. `involved_unit_ids`
 * lists every unit that works on it (receiving, processing, each step's unit), for access checks.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: id(),
    code: text('code').notNull().unique(),
    procedureVersionId: uuid('procedure_version_id')
      .notNull()
      .references(() => procedureVersions.id),
    procedureCode: text('procedure_code').notNull(),
    procedureName: text('procedure_name').notNull(),
    caseName: text('case_name').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    state: text('state', { enum: DOSSIER_STATES }).notNull(),
    /** The state to go back to when the applicant completes a supplement. */
    resumeState: text('resume_state', { enum: DOSSIER_STATES }),
    provinceId: uuid('province_id'),
    receivingUnitId: uuid('receiving_unit_id')
      .notNull()
      .references(() => units.id),
    currentUnitId: uuid('current_unit_id')
      .notNull()
      .references(() => units.id),
    involvedUnitIds: uuid('involved_unit_ids').array().notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    citizenId: uuid('citizen_id'),
    applicant: jsonb('applicant').$type<PersonRecord>().notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number').notNull(),
    authorisedPerson: jsonb('authorised_person').$type<PersonRecord>(),
    components: jsonb('components').$type<ComponentRecord[]>().notNull(),
    sets: integer('sets').notNull().default(1),
    resultMethod: text('result_method', { enum: RESULT_METHODS }).notNull(),
    steps: jsonb('steps').$type<DossierStep[]>().notNull(),
    currentStep: integer('current_step').notNull().default(0),
    timeLimitAmount: integer('time_limit_amount').notNull(),
    timeLimitUnit: text('time_limit_unit').$type<TimeUnit>().notNull(),
    cutoffTime: text('cutoff_time'),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    dueExplanation: jsonb('due_explanation').$type<ExplanationLine[]>().notNull().default([]),
    stepStartedAt: timestamp('step_started_at', { withTimezone: true }),
    stepDueAt: timestamp('step_due_at', { withTimezone: true }),
    pauses: jsonb('pauses').$type<PauseRecord[]>().notNull().default([]),
    supplementRequests: integer('supplement_requests').notNull().default(0),
    extended: boolean('extended').notNull().default(false),
    /** The one-time extension (Mẫu 04): the new appointment and why. */
    extendedDueAt: timestamp('extended_due_at', { withTimezone: true }),
    extensionReason: text('extension_reason'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    result: text('result', { enum: ON_TIME_RESULTS }),
    /** Working days from receipt to the result, supplement pauses left out: fixed when the result is signed. */
    daysTaken: integer('days_taken'),
    feeVnd: integer('fee_vnd'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    refusalReason: text('refusal_reason'),
    /** The applicant asked the agency to stop (the agency decides, Mẫu 05). */
    stopRequestedAt: timestamp('stop_requested_at', { withTimezone: true }),
    stopRequestReason: text('stop_request_reason'),
    note: text('note'),
    receivedOn: date('received_on', { mode: 'string' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('dossiers_current_queue_idx').on(t.currentUnitId, t.state, t.dueAt, t.id),
    index('dossiers_receiving_idx').on(t.receivingUnitId, t.receivedAt),
    // Statistics of a province (or ministry) over a window of received dates, online submissions included.
    index('dossiers_province_received_idx').on(t.provinceId, sql`coalesce(${t.receivedAt}, ${t.createdAt})`),
    index('dossiers_involved_idx').using('gin', t.involvedUnitIds),
    index('dossiers_assignee_idx').on(t.assigneeId, t.state),
    index('dossiers_citizen_idx').on(t.citizenId),
    index('dossiers_id_number_idx').on(t.applicantIdNumber),
    index('dossiers_due_open_idx')
      .on(t.dueAt)
      .where(sql`state not in ('returned', 'refused', 'stopped', 'withdrawn')`),
  ],
);

/** The processing log: one row per action, with the step and whether that step finished on time. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    fromState: text('from_state', { enum: DOSSIER_STATES }),
    toState: text('to_state', { enum: DOSSIER_STATES }).notNull(),
    stepIndex: integer('step_index'),
    stepName: text('step_name'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    unitId: uuid('unit_id'),
    unitName: text('unit_name'),
    comment: text('comment'),
    stepResult: text('step_result', { enum: ON_TIME_RESULTS }),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
);

/** Daily sequence per receiving unit for dossier codes: incremented atomically inside the intake transaction. */
export const dossierSequences = pgTable(
  'dossier_sequences',
  {
    unitId: uuid('unit_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);

/**
 * Files of a dossier: scans of components, supplements, and the result. Stored outside the web root under
 * generated names; the content type was checked by its bytes. A result is signed by the unit leader: the
 * signature covers the SHA-256 of the file.
 */
export const dossierFiles = pgTable(
  'dossier_files',
  {
    id: id(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind', { enum: FILE_KINDS }).notNull(),
    componentIndex: integer('component_index'),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by'),
    /** The earlier dossier file this one reuses (from the citizen's documents), instead of a new upload. */
    reusedFromFileId: uuid('reused_from_file_id'),
    signature: text('signature'),
    signatureKeyId: text('signature_key_id'),
    signedBy: uuid('signed_by'),
    signedByName: text('signed_by_name'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('dossier_files_dossier_idx').on(t.dossierId, t.kind),
    index('dossier_files_sha_idx').on(t.sha256),
  ],
);

export const PAYMENT_STATUSES = ['pending', 'paid', 'failed'] as const;

/** Fees paid for a dossier: at the counter (recorded by the officer) or online through a payment provider. */
export const payments = pgTable(
  'payments',
  {
    id: id(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    amountVnd: integer('amount_vnd').notNull(),
    method: text('method', { enum: ['counter', 'online'] }).notNull(),
    provider: text('provider'),
    providerRef: text('provider_ref').unique(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
    receiptNumber: text('receipt_number'),
    failureReason: text('failure_reason'),
    createdAt: createdAt(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [index('payments_dossier_idx').on(t.dossierId)],
);
