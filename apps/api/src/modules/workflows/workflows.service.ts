import { addDays, type Workflow, type WorkflowInputSchema } from '@motcua/shared';
import { and, desc, eq, gte, inArray, isNull, like, max, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import { units, workflows } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { likeEscape } from '../../lib/sql';
import { conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import { todayInVietnam } from '../../lib/time';
import { requireScope, unitInScope, type Officer } from '../../plugins/auth';
import { createProceduresRepository } from '../procedures/procedures.repository';
import { limitInHours, resolveSteps } from './workflows.resolve';

type WorkflowInput = z.output<typeof WorkflowInputSchema>;
type Row = typeof workflows.$inferSelect;

function total(steps: { allottedHours: number }[]) {
  return Math.round(steps.reduce((sum, s) => sum + s.allottedHours, 0) * 100) / 100;
}

export function createWorkflowsService(db: Database) {
  const procedures = createProceduresRepository(db);

  async function toWorkflow(row: Row, executor: Executor = db): Promise<Workflow> {
    const [owner] = await executor
      .select({ name: units.name })
      .from(units)
      .where(eq(units.id, row.ownerUnitId));
    return {
      id: row.id,
      procedureCode: row.procedureCode,
      ownerUnitId: row.ownerUnitId,
      ownerUnitName: owner?.name ?? '',
      processingUnitId: row.processingUnitId,
      steps: row.steps,
      status: row.status,
      versionNo: row.versionNo,
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      totalHours: total(row.steps),
      version: row.version,
    };
  }

  /** The strictest legal limit of the procedure in force, in working hours. */
  async function legalLimitHours(code: string, executor: Executor = db) {
    const version = await procedures.findInForce(code, todayInVietnam(), executor);
    if (!version) return undefined;
    return Math.min(
      ...version.content.methods.map((m) => limitInHours(m.timeLimit.amount, m.timeLimit.unit)),
    );
  }

  async function ownedInScope(officer: Officer, unitId: string, field: string, executor: Executor) {
    const scope = requireScope(officer, 'workflows.manage');
    const [unit] = await executor.select().from(units).where(eq(units.id, unitId));
    if (!unit || !unitInScope(officer, scope, unit))
      throw invalid(field, 'Đơn vị không tồn tại hoặc ngoài phạm vi quản lý');
    return unit;
  }

  /** Every unit a workflow names must exist (steps may belong to other agencies: liên thông). */
  async function checkUnits(input: WorkflowInput, executor: Executor) {
    const ids = [
      ...new Set(
        [input.processingUnitId, ...input.steps.map((s) => s.unitId)].filter(
          (id): id is string => id !== null,
        ),
      ),
    ];
    if (ids.length === 0) return;
    const found = new Set(
      (await executor.select({ id: units.id }).from(units).where(inArray(units.id, ids))).map((u) => u.id),
    );
    const index = input.steps.findIndex((s) => s.unitId !== null && !found.has(s.unitId));
    if (index >= 0) throw invalid(`body.steps.${index}.unitId`, 'Đơn vị không tồn tại');
    if (input.processingUnitId && !found.has(input.processingUnitId))
      throw invalid('body.processingUnitId', 'Đơn vị không tồn tại');
  }

  async function getInScope(officer: Officer, id: string, executor: Executor = db) {
    const scope = requireScope(officer, 'workflows.manage');
    const [row] = await executor.select().from(workflows).where(eq(workflows.id, id));
    const [owner] = row ? await executor.select().from(units).where(eq(units.id, row.ownerUnitId)) : [];
    if (!row || !owner || !unitInScope(officer, scope, owner)) throw notFound('Không tìm thấy quy trình');
    return row;
  }

  return {
    async list(officer: Officer, query: { procedureCode?: string; ownerUnitId?: string }) {
      const scope = requireScope(officer, 'workflows.manage');
      const conditions: (SQL | undefined)[] = [
        scope === 'subtree'
          ? like(units.path, `${likeEscape(officer.unitPath)}%`)
          : eq(units.id, officer.unitId),
        query.procedureCode ? eq(workflows.procedureCode, query.procedureCode) : undefined,
        query.ownerUnitId ? eq(workflows.ownerUnitId, query.ownerUnitId) : undefined,
      ];
      const rows = await db
        .select({ workflow: workflows })
        .from(workflows)
        .innerJoin(units, eq(units.id, workflows.ownerUnitId))
        .where(and(...conditions))
        .orderBy(workflows.procedureCode, desc(workflows.versionNo));
      return { items: await Promise.all(rows.map((r) => toWorkflow(r.workflow))) };
    },

    async get(officer: Officer, id: string) {
      return toWorkflow(await getInScope(officer, id));
    },

    async create(officer: Officer, actor: Actor, input: WorkflowInput) {
      return db.transaction(async (tx) => {
        await ownedInScope(officer, input.ownerUnitId, 'body.ownerUnitId', tx);
        if ((await legalLimitHours(input.procedureCode, tx)) === undefined) {
          throw invalid('body.procedureCode', 'Thủ tục không tồn tại hoặc không còn áp dụng');
        }
        await checkUnits(input, tx);
        const [existing] = await tx
          .select({ id: workflows.id })
          .from(workflows)
          .where(
            and(
              eq(workflows.procedureCode, input.procedureCode),
              eq(workflows.ownerUnitId, input.ownerUnitId),
              eq(workflows.status, 'draft'),
            ),
          );
        if (existing) throw conflict('Đơn vị đã có bản nháp quy trình cho thủ tục này');
        const [last] = await tx
          .select({ n: max(workflows.versionNo) })
          .from(workflows)
          .where(
            and(
              eq(workflows.procedureCode, input.procedureCode),
              eq(workflows.ownerUnitId, input.ownerUnitId),
            ),
          );
        const [row] = await tx
          .insert(workflows)
          .values({ ...input, versionNo: (last?.n ?? 0) + 1 })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await recordAudit(tx, actor, {
          action: 'workflow.create',
          entityType: 'workflow',
          entityId: row.id,
          unitId: input.ownerUnitId,
          details: { procedureCode: input.procedureCode },
        });
        return toWorkflow(row, tx);
      });
    },

    async update(officer: Officer, actor: Actor, id: string, version: number, input: WorkflowInput) {
      return db.transaction(async (tx) => {
        const current = await getInScope(officer, id, tx);
        if (current.status !== 'draft') throw conflict('Chỉ sửa được bản nháp quy trình');
        if (input.procedureCode !== current.procedureCode || input.ownerUnitId !== current.ownerUnitId) {
          throw invalid('body.workflow.procedureCode', 'Không đổi được thủ tục hoặc đơn vị của quy trình');
        }
        await checkUnits(input, tx);
        const [row] = await tx
          .update(workflows)
          .set({
            processingUnitId: input.processingUnitId,
            steps: input.steps,
            version: sql`${workflows.version} + 1`,
            updatedAt: new Date(),
          })
          .where(and(eq(workflows.id, id), eq(workflows.version, version)))
          .returning();
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'workflow.update',
          entityType: 'workflow',
          entityId: id,
          unitId: row.ownerUnitId,
        });
        return toWorkflow(row, tx);
      });
    },

    /** Publishing checks the whole: the steps fit the legal limit and each has its actor (phase role at its unit). */
    async publish(officer: Officer, actor: Actor, id: string, version: number, effectiveFrom: string) {
      return db.transaction(async (tx) => {
        const current = await getInScope(officer, id, tx);
        if (current.status !== 'draft') throw conflict('Chỉ công bố được bản nháp quy trình');
        if (effectiveFrom < todayInVietnam())
          throw invalid('body.effectiveFrom', 'Ngày áp dụng không được trước hôm nay');
        const limit = await legalLimitHours(current.procedureCode, tx);
        if (limit === undefined) throw conflict('Thủ tục không còn áp dụng');
        const sum = total(current.steps);
        if (sum > Math.max(limit, 8)) {
          throw invalid(
            'body',
            `Tổng thời gian các bước (${sum} giờ) vượt thời hạn giải quyết (${limit} giờ làm việc)`,
          );
        }
        await tx
          .update(workflows)
          .set({ effectiveTo: addDays(effectiveFrom, -1) })
          .where(
            and(
              eq(workflows.procedureCode, current.procedureCode),
              eq(workflows.ownerUnitId, current.ownerUnitId),
              eq(workflows.status, 'published'),
              or(isNull(workflows.effectiveTo), gte(workflows.effectiveTo, effectiveFrom)),
            ),
          );
        const [row] = await tx
          .update(workflows)
          .set({
            status: 'published',
            effectiveFrom,
            version: sql`${workflows.version} + 1`,
            updatedAt: new Date(),
          })
          .where(and(eq(workflows.id, id), eq(workflows.version, version)))
          .returning();
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'workflow.publish',
          entityType: 'workflow',
          entityId: id,
          unitId: row.ownerUnitId,
          details: { effectiveFrom, totalHours: sum, limitHours: limit },
        });
        return toWorkflow(row, tx);
      });
    },

    /** The steps a dossier received today at `unitId` would follow, and how long each step gets. */
    async preview(officer: Officer, procedureCode: string, unitId: string) {
      const scope = requireScope(officer, 'units.read');
      const [unit] = await db.select().from(units).where(eq(units.id, unitId));
      if (!unit || !unitInScope(officer, scope, unit)) throw notFound('Không tìm thấy đơn vị');
      const limit = await legalLimitHours(procedureCode);
      if (limit === undefined) throw notFound('Không tìm thấy thủ tục');
      const today = todayInVietnam();
      const steps = await resolveSteps(db, procedureCode, unit, limit, today);
      const [own] = await db
        .select({ id: workflows.id })
        .from(workflows)
        .where(
          and(
            eq(workflows.procedureCode, procedureCode),
            eq(workflows.status, 'published'),
            inArray(workflows.ownerUnitId, unit.path.split('/').filter(Boolean)),
          ),
        )
        .limit(1);
      return {
        source: own ? ('workflow' as const) : ('default' as const),
        steps,
        totalHours: total(steps),
        legalLimitHours: limit,
      };
    },
  };
}
