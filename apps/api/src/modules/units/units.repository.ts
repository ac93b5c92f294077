import type { Unit } from '@motcua/shared';
import { and, eq, gte, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';

export type UnitRow = typeof units.$inferSelect;

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    level: row.level,
    code: row.code,
    accountPrefix: row.accountPrefix,
    validFrom: row.validFrom,
    validTo: row.validTo,
    mergedIntoId: row.mergedIntoId,
    officeHours: row.officeHours,
    feedbackApprovalRequired: row.feedbackApprovalRequired,
    depth: row.depth,
    version: row.version,
  };
}

/** Units in force on `date`: valid_from ≤ date ≤ valid_to (open-ended when valid_to is null). */
export function inForceOn(date: string): SQL | undefined {
  return and(lte(units.validFrom, date), or(isNull(units.validTo), gte(units.validTo, date)));
}

export function createUnitsRepository(db: Executor) {
  return {
    async findById(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(units).where(eq(units.id, id));
      return row;
    },

    /** The subtree under `path` (inclusive) in Vietnamese name order, optionally only units in force on a date. */
    listSubtree(path: string, onDate?: string) {
      return db
        .select()
        .from(units)
        .where(and(like(units.path, `${likeEscape(path)}%`), onDate ? inForceOn(onDate) : undefined))
        .orderBy(sql`vi_sort_key(${units.name})`);
    },

    async insert(executor: Executor, values: typeof units.$inferInsert) {
      const [row] = await executor.insert(units).values(values).returning();
      return row;
    },

    async update(
      executor: Executor,
      id: string,
      version: number,
      values: Partial<typeof units.$inferInsert>,
    ) {
      return updateVersioned(executor, units, id, version, values);
    },

    /** Re-roots every descendant's path after a unit moved from `oldPath` to `newPath`. */
    async movePaths(executor: Executor, oldPath: string, newPath: string, depthDelta: number) {
      await executor
        .update(units)
        .set({
          path: sql`${newPath} || substr(${units.path}, ${oldPath.length + 1})`,
          depth: sql`${units.depth} + ${depthDelta}`,
        })
        .where(like(units.path, `${likeEscape(oldPath)}_%`));
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
