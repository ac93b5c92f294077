import { PROCEDURE_STATUSES, type WorkflowPhase } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';
import { units } from './org';

export type WorkflowStepRecord = {
  name: string;
  phase: WorkflowPhase;
  /** The unit that works this step; null means the receiving unit (intake, return) or the processing unit. */
  unitId: string | null;
  allottedHours: number;
};

/**
 * An internal workflow (quy trình nội bộ) of a procedure, defined by a unit for the dossiers received in its
 * subtree. Versioned like procedures: a dossier keeps the steps in force when it was received.
 */
export const workflows = pgTable(
  'workflows',
  {
    id: id(),
    procedureCode: text('procedure_code').notNull(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    processingUnitId: uuid('processing_unit_id').references(() => units.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: PROCEDURE_STATUSES }).notNull().default('draft'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    effectiveTo: date('effective_to', { mode: 'string' }),
    steps: jsonb('steps').$type<WorkflowStepRecord[]>().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('workflows_procedure_idx').on(t.procedureCode, t.ownerUnitId),
    uniqueIndex('workflows_one_draft')
      .on(t.procedureCode, t.ownerUnitId)
      .where(sql`status = 'draft'`),
  ],
);
