import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ACTOR_TYPES = ['officer', 'citizen', 'system', 'anonymous'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * Append-only record of every change, written in the same transaction as the change.
 * A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE. `details` never holds personal data.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type', { enum: ACTOR_TYPES }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    unitId: uuid('unit_id'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_unit_idx').on(t.unitId, t.occurredAt),
  ],
);
