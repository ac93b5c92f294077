import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';

type Versioned = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Optimistic concurrency: applies `values` only if the row still has the `version` that was read, and bumps it.
 * Returns undefined when someone else changed the row first (or when `conditions` do not hold).
 */
export async function updateVersioned<T extends Versioned>(
  executor: Executor,
  table: T,
  id: string,
  version: number,
  values: PgUpdateSetSource<T>,
  ...conditions: SQL[]
): Promise<T['$inferSelect'] | undefined> {
  const changes = {
    ...values,
    version: sql`${table.version} + 1`,
    updatedAt: new Date(),
  } as PgUpdateSetSource<T>;
  const rows = (await executor
    .update(table)
    .set(changes)
    .where(and(eq(table.id, id), eq(table.version, version), ...conditions))
    .returning()) as T['$inferSelect'][];
  return rows[0];
}
