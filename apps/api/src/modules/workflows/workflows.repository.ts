import type { Scope } from '@motcua/shared';
import { and, desc, eq, gte, inArray, isNull, like, max, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, workflows } from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';

export type WorkflowRow = typeof workflows.$inferSelect;

export function createWorkflowsRepository(db: Executor) {
  return {
    async find(id: string, executor: Executor = db) {
      const [row] = await executor
        .select({ workflow: workflows, ownerName: units.name, ownerPath: units.path })
        .from(workflows)
        .innerJoin(units, eq(units.id, workflows.ownerUnitId))
        .where(eq(workflows.id, id));
      return row;
    },

    /** Workflows owned by units within reach (the officer's unit or its subtree), newest versions first. */
    list(
      reach: { scope: Scope; unitId: string; unitPath: string },
      filter: { procedureCode?: string; ownerUnitId?: string },
    ) {
      return db
        .select({ workflow: workflows, ownerName: units.name })
        .from(workflows)
        .innerJoin(units, eq(units.id, workflows.ownerUnitId))
        .where(
          and(
            reach.scope === 'subtree'
              ? like(units.path, `${likeEscape(reach.unitPath)}%`)
              : eq(units.id, reach.unitId),
            filter.procedureCode ? eq(workflows.procedureCode, filter.procedureCode) : undefined,
            filter.ownerUnitId ? eq(workflows.ownerUnitId, filter.ownerUnitId) : undefined,
          ),
        )
        .orderBy(workflows.procedureCode, desc(workflows.versionNo));
    },

    async hasDraft(executor: Executor, procedureCode: string, ownerUnitId: string) {
      const [row] = await executor
        .select({ id: workflows.id })
        .from(workflows)
        .where(
          and(
            eq(workflows.procedureCode, procedureCode),
            eq(workflows.ownerUnitId, ownerUnitId),
            eq(workflows.status, 'draft'),
          ),
        );
      return row !== undefined;
    },

    async nextVersionNo(executor: Executor, procedureCode: string, ownerUnitId: string) {
      const [row] = await executor
        .select({ n: max(workflows.versionNo) })
        .from(workflows)
        .where(and(eq(workflows.procedureCode, procedureCode), eq(workflows.ownerUnitId, ownerUnitId)));
      return (row?.n ?? 0) + 1;
    },

    async insert(executor: Executor, values: typeof workflows.$inferInsert) {
      const [row] = await executor.insert(workflows).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** Applies a change only if nobody changed the workflow since it was read. */
    async update(
      executor: Executor,
      id: string,
      version: number,
      values: Partial<typeof workflows.$inferInsert>,
    ) {
      return updateVersioned(executor, workflows, id, version, values);
    },

    /** Ends the published versions of a procedure's workflow at a unit on `lastDay`. */
    async endPublished(executor: Executor, procedureCode: string, ownerUnitId: string, lastDay: string) {
      await executor
        .update(workflows)
        .set({ effectiveTo: lastDay })
        .where(
          and(
            eq(workflows.procedureCode, procedureCode),
            eq(workflows.ownerUnitId, ownerUnitId),
            eq(workflows.status, 'published'),
            or(isNull(workflows.effectiveTo), gte(workflows.effectiveTo, lastDay)),
          ),
        );
    },

    async hasPublished(procedureCode: string, ownerUnitIds: string[]) {
      const [row] = await db
        .select({ id: workflows.id })
        .from(workflows)
        .where(
          and(
            eq(workflows.procedureCode, procedureCode),
            eq(workflows.status, 'published'),
            inArray(workflows.ownerUnitId, ownerUnitIds),
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    async unit(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(units).where(eq(units.id, id));
      return row;
    },

    async existingUnitIds(ids: string[], executor: Executor = db) {
      if (ids.length === 0) return new Set<string>();
      const rows = await executor.select({ id: units.id }).from(units).where(inArray(units.id, ids));
      return new Set(rows.map((u) => u.id));
    },
  };
}
