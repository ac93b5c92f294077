import type { z } from 'zod';
import type { UnitCreateSchema, UnitListQuerySchema, UnitUpdateSchema } from '@motcua/shared';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client';
import { recordAudit, type Actor } from '../../lib/audit';
import { conflict, forbidden, invalid, notFound, uniqueViolation, versionConflict } from '../../lib/errors';
import { todayInVietnam } from '../../lib/time';
import { requireScope, unitInScope, type Officer } from '../../plugins/auth';
import { createUnitsRepository, toUnit, type UnitRow } from './units.repository';

type UnitCreate = z.output<typeof UnitCreateSchema>;
type UnitUpdate = z.output<typeof UnitUpdateSchema>;
type UnitListQuery = z.output<typeof UnitListQuerySchema>;

function duplicateError(error: unknown) {
  const constraint = uniqueViolation(error);
  if (constraint === undefined) return error;
  const field = constraint.includes('account_prefix') ? 'accountPrefix' : 'code';
  return conflict(
    field === 'code'
      ? 'Mã định danh đã được dùng cho đơn vị khác'
      : 'Tiền tố tài khoản đã được dùng cho đơn vị khác',
    [{ field: `body.${field}`, message: 'Đã tồn tại' }],
  );
}

export function createUnitsService(db: Database) {
  const repo = createUnitsRepository(db);

  /** A unit the officer may see for `permission`; 404 (not 403) outside their reach so ids reveal nothing. */
  async function getInScope(
    officer: Officer,
    id: string,
    permission: 'units.read' | 'units.manage',
    executor = db,
  ) {
    const scope = requireScope(officer, permission);
    const unit = await repo.findById(id, executor);
    if (!unit || !unitInScope(officer, scope, unit)) throw notFound('Không tìm thấy đơn vị');
    return unit;
  }

  /** A unit named in the request body (parent, merger target): a field error when out of reach. */
  async function getTarget(officer: Officer, id: string, field: string, executor = db): Promise<UnitRow> {
    const scope = requireScope(officer, 'units.manage');
    const unit = await repo.findById(id, executor);
    if (!unit || !unitInScope(officer, scope, unit)) {
      throw invalid(`body.${field}`, 'Đơn vị không tồn tại hoặc ngoài phạm vi quản lý');
    }
    return unit;
  }

  return {
    async list(officer: Officer, query: UnitListQuery) {
      requireScope(officer, 'units.read');
      const onDate = query.at ?? (query.includeInactive ? undefined : todayInVietnam());
      const rows = await repo.listSubtree(officer.unitPath, onDate);
      return rows.map(toUnit);
    },

    async get(officer: Officer, id: string) {
      return toUnit(await getInScope(officer, id, 'units.read'));
    },

    async create(officer: Officer, actor: Actor, input: UnitCreate) {
      return db
        .transaction(async (tx) => {
          const parent = await getTarget(officer, input.parentId, 'parentId', tx);
          const id = randomUUID();
          const row = await repo.insert(tx, {
            id,
            ...input,
            path: `${parent.path}${id}/`,
            depth: parent.depth + 1,
          });
          if (!row) throw new Error('insert returned no row');
          await recordAudit(tx, actor, {
            action: 'unit.create',
            entityType: 'unit',
            entityId: id,
            unitId: id,
            details: { parentId: parent.id, level: input.level, code: input.code },
          });
          return toUnit(row);
        })
        .catch((error: unknown) => {
          throw duplicateError(error);
        });
    },

    async update(officer: Officer, actor: Actor, id: string, input: UnitUpdate) {
      return db
        .transaction(async (tx) => {
          const unit = await getInScope(officer, id, 'units.manage', tx);
          if (unit.id === officer.unitId && input.parentId !== unit.parentId) {
            throw forbidden('Không thể chuyển đơn vị gốc của phạm vi quản lý của bạn');
          }
          let path = unit.path;
          let depth = unit.depth;
          if ((input.parentId === null) !== (unit.parentId === null)) {
            throw invalid('body.parentId', 'Đơn vị gốc không có đơn vị cấp trên; đơn vị khác phải có');
          }
          if (input.parentId !== null && input.parentId !== unit.parentId) {
            const parent = await getTarget(officer, input.parentId, 'parentId', tx);
            if (parent.path.startsWith(unit.path)) {
              throw invalid('body.parentId', 'Không thể chuyển một đơn vị vào bên trong chính nó');
            }
            path = `${parent.path}${unit.id}/`;
            depth = parent.depth + 1;
          }
          if (input.mergedIntoId) {
            if (input.mergedIntoId === unit.id)
              throw invalid('body.mergedIntoId', 'Không thể sáp nhập vào chính nó');
            await getTarget(officer, input.mergedIntoId, 'mergedIntoId', tx);
          }
          const row = await repo.update(tx, id, input.version, {
            parentId: input.parentId,
            name: input.name,
            level: input.level,
            code: input.code,
            accountPrefix: input.accountPrefix,
            validFrom: input.validFrom,
            validTo: input.validTo,
            mergedIntoId: input.mergedIntoId,
            officeHours: input.officeHours,
            feedbackApprovalRequired: input.feedbackApprovalRequired,
            path,
            depth,
          });
          if (!row) throw versionConflict();
          if (path !== unit.path) await repo.movePaths(tx, unit.path, path, depth - unit.depth);
          const changed = (Object.keys(input) as (keyof UnitUpdate)[]).filter(
            (k) => k !== 'version' && input[k] !== unit[k],
          );
          await recordAudit(tx, actor, {
            action: 'unit.update',
            entityType: 'unit',
            entityId: id,
            unitId: id,
            details: { changed },
          });
          return toUnit(row);
        })
        .catch((error: unknown) => {
          throw duplicateError(error);
        });
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
