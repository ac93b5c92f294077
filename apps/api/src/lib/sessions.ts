import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TokenAudience } from '@motcua/shared';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config';
import type { Database, Executor } from '../db/client';
import { refreshTokens } from '../db/schema';
import { unauthorized } from './errors';

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Where each audience's refresh cookie lives: httpOnly, SameSite=Strict, sent only to its own auth routes. */
export const REFRESH_COOKIES: Record<TokenAudience, { name: string; path: string }> = {
  officer: { name: 'motcua_officer_rt', path: '/api/v1/auth' },
  citizen: { name: 'motcua_citizen_rt', path: '/api/v1/citizen/auth' },
};

/**
 * Refresh tokens: opaque random strings, stored hashed, rotated on every use. A login starts a family;
 * presenting a token that was already rotated or revoked means it leaked, so the whole family is revoked.
 */
export function createSessions(db: Database, config: Config) {
  const ttlMs = config.refreshTokenTtlDays * 86_400_000;

  async function issue(
    executor: Executor,
    audience: TokenAudience,
    subjectId: string,
    familyId: string = randomUUID(),
  ) {
    const token = randomBytes(32).toString('base64url');
    await executor.insert(refreshTokens).values({
      audience,
      subjectId,
      familyId,
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return token;
  }

  async function revokeFamily(executor: Executor, familyId: string) {
    await executor
      .update(refreshTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  }

  return {
    issue,

    /** Exchanges a refresh token for its successor; returns the subject. */
    async rotate(
      audience: TokenAudience,
      token: string,
    ): Promise<{ subjectId: string; refreshToken: string }> {
      return db
        .transaction(async (tx) => {
          const [current] = await tx
            .update(refreshTokens)
            .set({ revokedAt: new Date() })
            .where(
              and(
                eq(refreshTokens.tokenHash, digest(token)),
                eq(refreshTokens.audience, audience),
                isNull(refreshTokens.revokedAt),
                gt(refreshTokens.expiresAt, new Date()),
              ),
            )
            .returning();
          if (current) {
            const refreshToken = await issue(tx, audience, current.subjectId, current.familyId);
            return { subjectId: current.subjectId, refreshToken };
          }
          const [reused] = await tx
            .select({ familyId: refreshTokens.familyId, revokedAt: refreshTokens.revokedAt })
            .from(refreshTokens)
            .where(and(eq(refreshTokens.tokenHash, digest(token)), eq(refreshTokens.audience, audience)));
          if (reused?.revokedAt) await revokeFamily(tx, reused.familyId);
          return null;
        })
        .then((result) => {
          // Thrown outside the transaction so that the family revocation above is committed.
          if (!result) throw unauthorized('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại');
          return result;
        });
    },

    /** Logout: ends the family of the presented token. */
    async revoke(audience: TokenAudience, token: string) {
      const [row] = await db
        .select({ familyId: refreshTokens.familyId })
        .from(refreshTokens)
        .where(and(eq(refreshTokens.tokenHash, digest(token)), eq(refreshTokens.audience, audience)));
      if (row) await revokeFamily(db, row.familyId);
    },

    /** Ends every session of a subject, e.g. after a password change or when an account is locked. */
    async revokeAll(executor: Executor, audience: TokenAudience, subjectId: string) {
      await executor
        .update(refreshTokens)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(refreshTokens.audience, audience),
            eq(refreshTokens.subjectId, subjectId),
            isNull(refreshTokens.revokedAt),
          ),
        );
    },

    setCookie(reply: FastifyReply, audience: TokenAudience, token: string) {
      const { name, path } = REFRESH_COOKIES[audience];
      reply.setCookie(name, token, {
        path,
        httpOnly: true,
        sameSite: 'strict',
        secure: config.env === 'production',
        maxAge: ttlMs / 1000,
      });
    },

    clearCookie(reply: FastifyReply, audience: TokenAudience) {
      const { name, path } = REFRESH_COOKIES[audience];
      reply.clearCookie(name, { path });
    },

    readCookie(request: FastifyRequest, audience: TokenAudience): string | undefined {
      return request.cookies[REFRESH_COOKIES[audience].name];
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
