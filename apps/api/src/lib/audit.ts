import type { Executor } from '../db/client';
import { auditLog, type ActorType } from '../db/schema';

/** Who is acting, taken from the request; passed to services so that every change is attributed. */
export type Actor = {
  type: ActorType;
  id: string | null;
  requestId: string;
};

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  /** What changed: ids, field names and states only, never personal data. */
  details?: Record<string, unknown>;
};

/** Appends an audit row; call it with the transaction that makes the change. */
export async function recordAudit(executor: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditLog).values({
    actorType: actor.type,
    actorId: actor.id,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    unitId: entry.unitId ?? null,
    requestId: actor.requestId,
    details: entry.details ?? null,
  });
}
