import type { UserCreateSchema, UserListParams, UserUpdateSchema } from '@motcua/shared';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/client';
import { recordAudit, type Actor } from '../../lib/audit';
import { conflict, forbidden, invalid, notFound, uniqueViolation, versionConflict } from '../../lib/errors';
import { hashPassword, temporaryPassword } from '../../lib/passwords';
import type { Sessions } from '../../lib/sessions';
import { requireScope, unitInScope, type Officer } from '../../plugins/auth';
import { createUnitsRepository } from '../units/units.repository';
import { createUsersRepository, toUser } from './users.repository';
import { pageOf } from '../../lib/paging';

type UserCreate = z.output<typeof UserCreateSchema>;
type UserUpdate = z.output<typeof UserUpdateSchema>;

function duplicateUsername(error: unknown) {
  if (uniqueViolation(error) === undefined) return error;
  return conflict('Tên đăng nhập đã tồn tại', [{ field: 'body.username', message: 'Đã tồn tại' }]);
}

export function createUsersService(db: Database, sessions: Sessions) {
  const repo = createUsersRepository(db);
  const unitsRepo = createUnitsRepository(db);

  /** An account the officer may act on; 404 outside their reach so that ids reveal nothing. */
  async function getInScope(
    officer: Officer,
    id: string,
    permission: 'users.read' | 'users.manage',
    executor: Executor = db,
  ) {
    const scope = requireScope(officer, permission);
    const row = await repo.findView(id, executor);
    if (!row || !unitInScope(officer, scope, { id: row.unit.id, path: row.unitPath })) {
      throw notFound('Không tìm thấy tài khoản');
    }
    return row;
  }

  async function unitForAccount(officer: Officer, unitId: string, executor: Executor) {
    const scope = requireScope(officer, 'users.manage');
    const unit = await unitsRepo.findById(unitId, executor);
    if (!unit || !unitInScope(officer, scope, unit)) {
      throw invalid('body.unitId', 'Đơn vị không tồn tại hoặc ngoài phạm vi quản lý');
    }
    return unit;
  }

  function refuseSelf(officer: Officer, id: string, message: string) {
    if (officer.id === id) throw forbidden(message);
  }

  /** Shared by lock, unlock and reset: a versioned change of one account plus its audit row, in one transaction. */
  async function change(
    officer: Officer,
    actor: Actor,
    id: string,
    version: number,
    action: string,
    values: Parameters<typeof repo.update>[3],
    endSessions: boolean,
  ) {
    return db.transaction(async (tx) => {
      const current = await getInScope(officer, id, 'users.manage', tx);
      const row = await repo.update(tx, id, version, values);
      if (!row) throw versionConflict();
      if (endSessions) await sessions.revokeAll(tx, 'officer', id);
      await recordAudit(tx, actor, { action, entityType: 'user', entityId: id, unitId: current.unit.id });
      const view = await repo.findView(id, tx);
      if (!view) throw notFound();
      return toUser(view);
    });
  }

  return {
    async list(officer: Officer, query: UserListParams) {
      const scope = requireScope(officer, 'users.read');
      let filterPath: string | undefined;
      if (query.unitId) {
        const unit = await unitsRepo.findById(query.unitId);
        if (!unit || !unitInScope(officer, scope, unit)) throw notFound('Không tìm thấy đơn vị');
        filterPath = unit.path;
      }
      const { rows, total } = await repo.list(
        query,
        { scope, unitId: officer.unitId, unitPath: officer.unitPath },
        filterPath,
      );
      return pageOf(rows.map(toUser), total, query);
    },

    async get(officer: Officer, id: string) {
      return toUser(await getInScope(officer, id, 'users.read'));
    },

    async create(officer: Officer, actor: Actor, input: UserCreate) {
      const password = input.password ?? temporaryPassword();
      const passwordHash = await hashPassword(password);
      return db
        .transaction(async (tx) => {
          const unit = await unitForAccount(officer, input.unitId, tx);
          const row = await repo.insert(tx, {
            username: input.username,
            fullName: input.fullName,
            email: input.email,
            phone: input.phone,
            unitId: unit.id,
            roles: input.roles,
            passwordHash,
            mustChangePassword: input.password === undefined,
          });
          if (!row) throw new Error('insert returned no row');
          await recordAudit(tx, actor, {
            action: 'user.create',
            entityType: 'user',
            entityId: row.id,
            unitId: unit.id,
            details: { roles: input.roles },
          });
          const view = await repo.findView(row.id, tx);
          if (!view) throw new Error('created user not found');
          return { user: toUser(view), temporaryPassword: input.password === undefined ? password : null };
        })
        .catch((error: unknown) => {
          throw duplicateUsername(error);
        });
    },

    async update(officer: Officer, actor: Actor, id: string, input: UserUpdate) {
      return db.transaction(async (tx) => {
        const current = await getInScope(officer, id, 'users.manage', tx);
        if (
          officer.id === id &&
          current.roles.includes('system_admin') &&
          !input.roles.includes('system_admin')
        ) {
          throw forbidden('Không thể tự gỡ vai trò quản trị hệ thống của chính mình');
        }
        const unit = await unitForAccount(officer, input.unitId, tx);
        const row = await repo.update(tx, id, input.version, {
          fullName: input.fullName,
          email: input.email,
          phone: input.phone,
          unitId: unit.id,
          roles: input.roles,
        });
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          unitId: unit.id,
          details: { roles: input.roles, unitChanged: unit.id !== current.unit.id },
        });
        const view = await repo.findView(id, tx);
        if (!view) throw notFound();
        return toUser(view);
      });
    },

    lock(officer: Officer, actor: Actor, id: string, version: number) {
      refuseSelf(officer, id, 'Không thể tự khóa tài khoản của chính mình');
      return change(officer, actor, id, version, 'user.lock', { status: 'locked' }, true);
    },

    unlock(officer: Officer, actor: Actor, id: string, version: number) {
      return change(
        officer,
        actor,
        id,
        version,
        'user.unlock',
        { status: 'active', failedLogins: 0, lockedUntil: null },
        false,
      );
    },

    async resetPassword(officer: Officer, actor: Actor, id: string, version: number) {
      refuseSelf(officer, id, 'Dùng chức năng đổi mật khẩu để đổi mật khẩu của chính mình');
      const password = temporaryPassword();
      const user = await change(
        officer,
        actor,
        id,
        version,
        'user.reset_password',
        {
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
          passwordChangedAt: new Date(),
          failedLogins: 0,
          lockedUntil: null,
        },
        true,
      );
      return { user, temporaryPassword: password };
    },
  };
}
