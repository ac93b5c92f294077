import { UNIT_LEVELS } from '@motcua/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './columns';

/**
 * Administrative units as a tree of any depth. `path` is the materialised chain of ids (`/root/…/self/`) so that
 * a subtree is one indexed prefix match. Units are effective-dated: a reorganisation ends old units (`valid_to`,
 * `merged_into_id`) and creates new ones, so the tree in force on any past date can be rebuilt.
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    name: text('name').notNull(),
    level: text('level', { enum: UNIT_LEVELS }).notNull(),
    code: text('code').notNull().unique(),
    accountPrefix: text('account_prefix').notNull().unique(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => units.id),
    /** Office sessions (HH:mm); null means the national default. */
    officeHours: jsonb('office_hours').$type<{ start: string; end: string }[]>(),
    /** Answers to citizen feedback go to the unit's leader for approval before they are sent. */
    feedbackApprovalRequired: boolean('feedback_approval_required').notNull().default(false),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('units_parent_idx').on(t.parentId),
    index('units_path_idx').on(sql`${t.path} text_pattern_ops`),
    check('units_level_check', sql.raw(`level in (${UNIT_LEVELS.map((l) => `'${l}'`).join(', ')})`)),
    check('units_period_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
