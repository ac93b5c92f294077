import type { ChangePassword, Login, LoginResponse, Me } from '@motcua/shared';
import type { Config } from '../../config/config';
import type { Database } from '../../db/client';
import { recordAudit, type Actor } from '../../lib/audit';
import { checkCredentials, invalidCredentials } from '../../lib/credentials';
import { AppError, invalid, notFound, unauthorized, versionConflict } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import type { Sessions } from '../../lib/sessions';
import { createUsersRepository } from '../users/users.repository';

type Deps = { db: Database; config: Config; sessions: Sessions; sign: (sub: string) => string };

export function createAuthService({ db, config, sessions, sign }: Deps) {
  const users = createUsersRepository(db);
  const limits = { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes };

  async function me(id: string): Promise<Me> {
    const row = await users.findView(id);
    if (!row) throw notFound();
    return {
      id: row.id,
      username: row.username,
      fullName: row.fullName,
      email: row.email,
      phone: row.phone,
      roles: row.roles,
      unit: row.unit,
      mustChangePassword: row.mustChangePassword,
    };
  }

  async function tokens(id: string, refreshToken: string) {
    const body: LoginResponse = {
      accessToken: sign(id),
      tokenType: 'Bearer',
      expiresIn: config.accessTokenTtlSeconds,
      user: await me(id),
    };
    return { body, refreshToken };
  }

  return {
    me,

    async login(input: Login, actor: Actor) {
      const user = await users.findByUsername(input.username);
      const check = await checkCredentials(user, input.password, limits);
      if (check.kind === 'wrong') {
        if (user && check.update) {
          const update = check.update;
          await db.transaction(async (tx) => {
            await users.recordLogin(user.id, update, tx);
            await recordAudit(tx, actor, {
              action: update.lockedUntil ? 'auth.login_locked' : 'auth.login_failed',
              entityType: 'user',
              entityId: user.id,
              unitId: user.unitId,
            });
          });
        }
        throw invalidCredentials();
      }
      if (!user) throw invalidCredentials();
      if (user.status !== 'active') {
        throw new AppError(
          423,
          'account_locked',
          'Tài khoản đã bị khóa',
          'Liên hệ quản trị viên của đơn vị để mở khóa.',
        );
      }
      const refreshToken = await db.transaction(async (tx) => {
        await users.recordLogin(user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() }, tx);
        await recordAudit(
          tx,
          { ...actor, type: 'officer', id: user.id },
          {
            action: 'auth.login',
            entityType: 'user',
            entityId: user.id,
            unitId: user.unitId,
          },
        );
        return sessions.issue(tx, 'officer', user.id);
      });
      return tokens(user.id, refreshToken);
    },

    async refresh(refreshToken: string | undefined) {
      if (!refreshToken) throw unauthorized('Chưa đăng nhập');
      const rotated = await sessions.rotate('officer', refreshToken);
      const user = await users.findById(rotated.subjectId);
      if (!user || user.status !== 'active') throw unauthorized('Phiên đăng nhập không còn hiệu lực');
      return tokens(user.id, rotated.refreshToken);
    },

    async changePassword(id: string, actor: Actor, input: ChangePassword) {
      const user = await users.findById(id);
      if (!user) throw notFound();
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw invalid('body.currentPassword', 'Mật khẩu hiện tại không đúng');
      }
      const passwordHash = await hashPassword(input.newPassword);
      const refreshToken = await db.transaction(async (tx) => {
        const updated = await users.update(tx, id, user.version, {
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: new Date(),
        });
        if (!updated) throw versionConflict();
        await sessions.revokeAll(tx, 'officer', id);
        await recordAudit(tx, actor, {
          action: 'user.change_password',
          entityType: 'user',
          entityId: id,
          unitId: user.unitId,
        });
        return sessions.issue(tx, 'officer', id);
      });
      return tokens(id, refreshToken);
    },
  };
}
