import type {
  ChangePassword,
  CitizenLogin,
  CitizenLoginResponse,
  CitizenProfileUpdateSchema,
  CitizenRegisterSchema,
} from '@motcua/shared';
import type { z } from 'zod';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Config } from '../../config/config';
import type { Database } from '../../db/client';
import { citizens, passwordResets } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { checkCredentials, invalidCredentials } from '../../lib/credentials';
import {
  conflict,
  invalid,
  notFound,
  uniqueViolation,
  unauthorized,
  versionConflict,
} from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import type { Sessions } from '../../lib/sessions';
import { createCitizensRepository, toCitizen, type CitizenRow } from './citizens.repository';
import { contactOf, enqueue } from '../notifications/notifications.outbox';

type Deps = { db: Database; config: Config; sessions: Sessions; sign: (sub: string) => string };

const RESET_MINUTES = 30;

function tokenHash(token: string) {
  return createHash('sha256').update(token).digest('base64url');
}

const uniqueFields: Record<string, { field: string; message: string }> = {
  identification_number: { field: 'identificationNumber', message: 'Số định danh đã được đăng ký' },
  phone: { field: 'phone', message: 'Số điện thoại đã được đăng ký' },
  email: { field: 'email', message: 'Email đã được đăng ký' },
};

function duplicateError(error: unknown) {
  const constraint = uniqueViolation(error);
  if (constraint === undefined) return error;
  const match = Object.entries(uniqueFields).find(([column]) => constraint.includes(column))?.[1];
  if (!match) return conflict('Tài khoản đã tồn tại');
  return conflict(match.message, [{ field: `body.${match.field}`, message: match.message }]);
}

export function createCitizensService({ db, config, sessions, sign }: Deps) {
  const repo = createCitizensRepository(db);
  const limits = { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes };

  function tokens(row: CitizenRow, refreshToken: string) {
    const body: CitizenLoginResponse = {
      accessToken: sign(row.id),
      tokenType: 'Bearer',
      expiresIn: config.accessTokenTtlSeconds,
      citizen: toCitizen(row),
    };
    return { body, refreshToken };
  }

  async function get(id: string) {
    const row = await repo.findById(id);
    if (!row) throw notFound();
    return row;
  }

  return {
    async register(input: z.output<typeof CitizenRegisterSchema>, actor: Actor) {
      const passwordHash = await hashPassword(input.password);
      return db
        .transaction(async (tx) => {
          const row = await repo.insert(tx, {
            fullName: input.fullName,
            identificationNumber: input.identificationNumber,
            phone: input.phone,
            email: input.email,
            passwordHash,
          });
          if (!row) throw new Error('insert returned no row');
          await recordAudit(
            tx,
            { ...actor, type: 'citizen', id: row.id },
            {
              action: 'citizen.register',
              entityType: 'citizen',
              entityId: row.id,
            },
          );
          return tokens(row, await sessions.issue(tx, 'citizen', row.id));
        })
        .catch((error: unknown) => {
          throw duplicateError(error);
        });
    },

    async login(input: CitizenLogin, actor: Actor) {
      const citizen = await repo.findByLogin(input.login);
      const check = await checkCredentials(citizen, input.password, limits);
      if (check.kind === 'wrong' || !citizen) {
        if (citizen && check.kind === 'wrong' && check.update) {
          const update = check.update;
          await db.transaction(async (tx) => {
            await repo.recordLogin(citizen.id, update, tx);
            await recordAudit(tx, actor, {
              action: update.lockedUntil ? 'auth.login_locked' : 'auth.login_failed',
              entityType: 'citizen',
              entityId: citizen.id,
            });
          });
        }
        throw invalidCredentials();
      }
      return db.transaction(async (tx) => {
        await repo.recordLogin(
          citizen.id,
          { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() },
          tx,
        );
        await recordAudit(
          tx,
          { ...actor, type: 'citizen', id: citizen.id },
          {
            action: 'auth.login',
            entityType: 'citizen',
            entityId: citizen.id,
          },
        );
        return tokens(citizen, await sessions.issue(tx, 'citizen', citizen.id));
      });
    },

    async refresh(refreshToken: string | undefined) {
      if (!refreshToken) throw unauthorized('Chưa đăng nhập');
      const rotated = await sessions.rotate('citizen', refreshToken);
      const row = await repo.findById(rotated.subjectId);
      if (!row) throw unauthorized('Phiên đăng nhập không còn hiệu lực');
      return tokens(row, rotated.refreshToken);
    },

    async profile(id: string) {
      return toCitizen(await get(id));
    },

    async updateProfile(id: string, actor: Actor, input: z.output<typeof CitizenProfileUpdateSchema>) {
      return db
        .transaction(async (tx) => {
          const { version, ...values } = input;
          const row = await repo.update(tx, id, version, values);
          if (!row) throw versionConflict();
          await recordAudit(tx, actor, {
            action: 'citizen.update_profile',
            entityType: 'citizen',
            entityId: id,
            details: { fields: Object.keys(values) },
          });
          return toCitizen(row);
        })
        .catch((error: unknown) => {
          throw duplicateError(error);
        });
    },

    /**
     * Sends a one-time link to the account's e-mail (or phone) through the outbox. Answers the same whether or not
     * the account exists, so that it reveals nothing.
     */
    async requestPasswordReset(login: string, actor: Actor) {
      const citizen = await repo.findByLogin(login);
      if (!citizen) return;
      const token = randomBytes(32).toString('base64url');
      await db.transaction(async (tx) => {
        await tx.insert(passwordResets).values({
          citizenId: citizen.id,
          tokenHash: tokenHash(token),
          expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
        });
        const link = `${config.publicUrl}/dat-lai-mat-khau?ma=${token}`;
        const contact = contactOf(citizen);
        if (contact) {
          await enqueue(tx, {
            ...contact,
            template: 'citizen_password_reset',
            subject: 'Đặt lại mật khẩu Cổng dịch vụ công',
            text: [
              `Xin chào ${citizen.fullName},`,
              `Để đặt lại mật khẩu, mở liên kết sau trong ${RESET_MINUTES} phút: ${link}`,
              'Nếu bạn không yêu cầu, hãy bỏ qua tin này; mật khẩu của bạn không thay đổi.',
            ].join('\n'),
          });
        }
        await recordAudit(tx, actor, {
          action: 'citizen.password_reset_request',
          entityType: 'citizen',
          entityId: citizen.id,
        });
      });
    },

    async confirmPasswordReset(token: string, newPassword: string, actor: Actor) {
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        const [reset] = await tx
          .update(passwordResets)
          .set({ usedAt: new Date() })
          .where(
            and(
              eq(passwordResets.tokenHash, tokenHash(token)),
              isNull(passwordResets.usedAt),
              gt(passwordResets.expiresAt, new Date()),
            ),
          )
          .returning();
        if (!reset)
          throw invalid('body.token', 'Đường dẫn đặt lại mật khẩu không đúng, đã dùng hoặc đã hết hạn');
        await tx
          .update(citizens)
          .set({ passwordHash, passwordChangedAt: new Date(), failedLogins: 0, lockedUntil: null })
          .where(eq(citizens.id, reset.citizenId));
        await sessions.revokeAll(tx, 'citizen', reset.citizenId);
        await recordAudit(
          tx,
          { ...actor, type: 'citizen', id: reset.citizenId },
          {
            action: 'citizen.password_reset',
            entityType: 'citizen',
            entityId: reset.citizenId,
          },
        );
      });
    },

    async changePassword(id: string, actor: Actor, input: ChangePassword) {
      const citizen = await get(id);
      if (!(await verifyPassword(citizen.passwordHash, input.currentPassword))) {
        throw invalid('body.currentPassword', 'Mật khẩu hiện tại không đúng');
      }
      const passwordHash = await hashPassword(input.newPassword);
      return db.transaction(async (tx) => {
        const row = await repo.update(tx, id, citizen.version, {
          passwordHash,
          passwordChangedAt: new Date(),
        });
        if (!row) throw versionConflict();
        await sessions.revokeAll(tx, 'citizen', id);
        await recordAudit(tx, actor, {
          action: 'citizen.change_password',
          entityType: 'citizen',
          entityId: id,
        });
        return tokens(row, await sessions.issue(tx, 'citizen', id));
      });
    },
  };
}
