import { addDays, type Workflow, type WorkflowInputSchema } from '@motcua/shared';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import { recordAudit, type Actor } from '../../lib/audit';
import { conflict, invalid, notFound, versionConflict } from '../../lib/errors';
import { todayInVietnam } from '../../lib/time';
import { requireScope, unitInScope, type Officer } from '../../plugins/auth';
import { createProceduresRepository } from '../procedures/procedures.repository';
import { createWorkflowsRepository, type WorkflowRow } from './workflows.repository';
import { limitInHours, resolveSteps } from './workflows.resolve';

type WorkflowInput = z.output<typeof WorkflowInputSchema>;

function total(steps: { allottedHours: number }[]) {
  return Math.round(steps.reduce((sum, s) => sum + s.allottedHours, 0) * 100) / 100;
}

function toWorkflow(row: WorkflowRow, ownerName: string, procedureName: string): Workflow {
  return {
    id: row.id,
    procedureCode: row.procedureCode,
    procedureName,
    ownerUnitId: row.ownerUnitId,
    ownerUnitName: ownerName,
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

export function createWorkflowsService(db: Database) {
  const repo = createWorkflowsRepository(db);
  const procedures = createProceduresRepository(db);

  async function named(row: WorkflowRow, ownerName: string, executor: Executor = db) {
    const names = await procedures.latestNames([row.procedureCode], executor);
    return toWorkflow(row, ownerName, names.get(row.procedureCode) ?? '');
  }

  /** The strictest legal limit of the procedure in force, in working hours. */
  async function legalLimitHours(code: string, executor: Executor = db) {
    const version = await procedures.findInForce(code, todayInVietnam(), executor);
    if (!version) return undefined;
    return Math.min(
      ...version.content.methods.map((m) => limitInHours(m.timeLimit.amount, m.timeLimit.unit)),
    );
  }

  async function ownedInScope(officer: Officer, unitId: string, executor: Executor) {
    const scope = requireScope(officer, 'workflows.manage');
    const unit = await repo.unit(unitId, executor);
    if (!unit || !unitInScope(officer, scope, unit)) {
      throw invalid('body.ownerUnitId', 'Đơn vị không tồn tại hoặc ngoài phạm vi quản lý');
    }
    return unit;
  }

  /** Every unit a workflow names must exist (steps may belong to other agencies: liên thông). */
  async function checkUnits(input: WorkflowInput, executor: Executor) {
    const named = [input.processingUnitId, ...input.steps.map((s) => s.unitId)].filter(
      (id): id is string => id !== null,
    );
    const found = await repo.existingUnitIds([...new Set(named)], executor);
    const index = input.steps.findIndex((s) => s.unitId !== null && !found.has(s.unitId));
    if (index >= 0) throw invalid(`body.steps.${index}.unitId`, 'Đơn vị không tồn tại');
    if (input.processingUnitId && !found.has(input.processingUnitId)) {
      throw invalid('body.processingUnitId', 'Đơn vị không tồn tại');
    }
  }

  async function getInScope(officer: Officer, id: string, executor: Executor = db) {
    const scope = requireScope(officer, 'workflows.manage');
    const found = await repo.find(id, executor);
    if (!found || !unitInScope(officer, scope, { id: found.workflow.ownerUnitId, path: found.ownerPath })) {
      throw notFound('Không tìm thấy quy trình');
    }
    return found;
  }

  return {
    async list(officer: Officer, query: { procedureCode?: string; ownerUnitId?: string }) {
      const scope = requireScope(officer, 'workflows.manage');
      const rows = await repo.list({ scope, unitId: officer.unitId, unitPath: officer.unitPath }, query);
      const names = await procedures.latestNames([...new Set(rows.map((r) => r.workflow.procedureCode))]);
      return {
        items: rows.map((r) =>
          toWorkflow(r.workflow, r.ownerName, names.get(r.workflow.procedureCode) ?? ''),
        ),
      };
    },

    async get(officer: Officer, id: string) {
      const found = await getInScope(officer, id);
      return named(found.workflow, found.ownerName);
    },

    async create(officer: Officer, actor: Actor, input: WorkflowInput) {
      return db.transaction(async (tx) => {
        const owner = await ownedInScope(officer, input.ownerUnitId, tx);
        if ((await legalLimitHours(input.procedureCode, tx)) === undefined) {
          throw invalid('body.procedureCode', 'Thủ tục không tồn tại hoặc không còn áp dụng');
        }
        await checkUnits(input, tx);
        if (await repo.hasDraft(tx, input.procedureCode, input.ownerUnitId)) {
          throw conflict('Đơn vị đã có bản nháp quy trình cho thủ tục này');
        }
        const versionNo = await repo.nextVersionNo(tx, input.procedureCode, input.ownerUnitId);
        const row = await repo.insert(tx, { ...input, versionNo });
        await recordAudit(tx, actor, {
          action: 'workflow.create',
          entityType: 'workflow',
          entityId: row.id,
          unitId: input.ownerUnitId,
          details: { procedureCode: input.procedureCode },
        });
        return named(row, owner.name, tx);
      });
    },

    async update(officer: Officer, actor: Actor, id: string, version: number, input: WorkflowInput) {
      return db.transaction(async (tx) => {
        const { workflow: current, ownerName } = await getInScope(officer, id, tx);
        if (current.status !== 'draft') throw conflict('Chỉ sửa được bản nháp quy trình');
        if (input.procedureCode !== current.procedureCode || input.ownerUnitId !== current.ownerUnitId) {
          throw invalid('body.workflow.procedureCode', 'Không đổi được thủ tục hoặc đơn vị của quy trình');
        }
        await checkUnits(input, tx);
        const row = await repo.update(tx, id, version, {
          processingUnitId: input.processingUnitId,
          steps: input.steps,
        });
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'workflow.update',
          entityType: 'workflow',
          entityId: id,
          unitId: row.ownerUnitId,
        });
        return named(row, ownerName, tx);
      });
    },

    /** A new draft copied from a workflow (usually the published one), to amend it. */
    async draftFrom(officer: Officer, actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const { workflow: source, ownerName } = await getInScope(officer, id, tx);
        if (await repo.hasDraft(tx, source.procedureCode, source.ownerUnitId)) {
          throw conflict('Đơn vị đã có bản nháp quy trình cho thủ tục này');
        }
        const versionNo = await repo.nextVersionNo(tx, source.procedureCode, source.ownerUnitId);
        const row = await repo.insert(tx, {
          procedureCode: source.procedureCode,
          ownerUnitId: source.ownerUnitId,
          processingUnitId: source.processingUnitId,
          steps: source.steps,
          versionNo,
        });
        await recordAudit(tx, actor, {
          action: 'workflow.create',
          entityType: 'workflow',
          entityId: row.id,
          unitId: row.ownerUnitId,
          details: { from: source.id },
        });
        return named(row, ownerName, tx);
      });
    },

    /** Publishing checks the whole: the steps fit within the legal limit of the procedure. */
    async publish(officer: Officer, actor: Actor, id: string, version: number, effectiveFrom: string) {
      return db.transaction(async (tx) => {
        const { workflow: current, ownerName } = await getInScope(officer, id, tx);
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
        await repo.endPublished(tx, current.procedureCode, current.ownerUnitId, addDays(effectiveFrom, -1));
        const row = await repo.update(tx, id, version, { status: 'published', effectiveFrom });
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'workflow.publish',
          entityType: 'workflow',
          entityId: id,
          unitId: row.ownerUnitId,
          details: { effectiveFrom, totalHours: sum, limitHours: limit },
        });
        return named(row, ownerName, tx);
      });
    },

    /** The steps a dossier received today at `unitId` would follow, and how long each step gets. */
    async preview(officer: Officer, procedureCode: string, unitId: string) {
      const scope = requireScope(officer, 'units.read');
      const unit = await repo.unit(unitId);
      if (!unit || !unitInScope(officer, scope, unit)) throw notFound('Không tìm thấy đơn vị');
      const limit = await legalLimitHours(procedureCode);
      if (limit === undefined) throw notFound('Không tìm thấy thủ tục');
      const steps = await resolveSteps(db, procedureCode, unit, limit, todayInVietnam());
      const own = await repo.hasPublished(procedureCode, unit.path.split('/').filter(Boolean));
      return {
        source: own ? ('workflow' as const) : ('default' as const),
        steps,
        totalHours: total(steps),
        legalLimitHours: limit,
      };
    },
  };
}
