import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import { permissionScope, type Permission, type Role, type Scope, type TokenAudience } from '@motcua/shared';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config/config';
import { citizens, units, users } from '../db/schema';
import type { Actor } from '../lib/audit';
import { AppError, forbidden, unauthorized } from '../lib/errors';
import { likeEscape } from '../lib/sql';
import { createSessions, type Sessions } from '../lib/sessions';

/** The signed-in officer, reloaded from the database on every request so that a lock or role change bites at once. */
export type Officer = {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: string;
  unitPath: string;
};

export type AccessClaims = { sub: string; aud: TokenAudience };

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims & { iat: number; exp: number };
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    officer?: Officer;
    citizenId?: string;
  }
  interface FastifyInstance {
    /** onRequest hook: requires an officer token. */
    requireOfficer: (request: FastifyRequest) => Promise<void>;
    /** onRequest hook: requires a citizen token. */
    requireCitizen: (request: FastifyRequest) => Promise<void>;
    signAccessToken: (claims: AccessClaims) => string;
    sessions: Sessions;
  }
}

/** The signed-in officer; only call from routes guarded by `requireOfficer`. */
export function officerOf(request: FastifyRequest): Officer {
  if (!request.officer) throw unauthorized();
  return request.officer;
}

export function citizenIdOf(request: FastifyRequest): string {
  if (!request.citizenId) throw unauthorized();
  return request.citizenId;
}

export function actorOf(request: FastifyRequest): Actor {
  if (request.officer) return { type: 'officer', id: request.officer.id, requestId: request.id };
  if (request.citizenId) return { type: 'citizen', id: request.citizenId, requestId: request.id };
  return { type: 'anonymous', id: null, requestId: request.id };
}

/** The reach of `permission` for this officer, or 403 when they have none. */
export function requireScope(officer: Officer, permission: Permission): Exclude<Scope, 'none'> {
  const scope = permissionScope(officer.roles, permission);
  if (scope === 'none') throw forbidden();
  return scope;
}

/** The ids of the units within the officer's reach for a permission, as a subquery (403 when they have none). */
export function unitsInReach(officer: Officer, permission: Permission): SQL {
  return requireScope(officer, permission) === 'subtree'
    ? sql`(select id from ${units} where path like ${`${likeEscape(officer.unitPath)}%`})`
    : sql`(select ${officer.unitId}::uuid)`;
}

/** Whether a unit (by id and materialised path) lies within the officer's reach for a permission. */
export function unitInScope(officer: Officer, scope: Scope, unit: { id: string; path: string }): boolean {
  if (scope === 'unit') return unit.id === officer.unitId;
  if (scope === 'subtree') return unit.path.startsWith(officer.unitPath);
  return false;
}

export default fp(
  async function authPlugin(app, options: { config: Config }) {
    const { config } = options;
    await app.register(cookie);
    await app.register(jwt, {
      secret: config.jwtSecret,
      sign: { expiresIn: config.accessTokenTtlSeconds },
    });

    app.decorate('signAccessToken', (claims: AccessClaims) => app.jwt.sign(claims));
    app.decorate('sessions', createSessions(app.db, config));

    async function verify(request: FastifyRequest, audience: TokenAudience) {
      try {
        await request.jwtVerify({ allowedAud: audience });
      } catch {
        throw new AppError(
          401,
          'unauthorized',
          'Chưa xác thực',
          'Phiên đăng nhập không hợp lệ hoặc đã hết hạn',
        );
      }
      return request.user;
    }

    /** Tokens issued before the last password change are void (second precision, as in `iat`). */
    function issuedBeforePasswordChange(iat: number, passwordChangedAt: Date) {
      return iat < Math.floor(passwordChangedAt.getTime() / 1000);
    }

    app.decorate('requireOfficer', async (request: FastifyRequest) => {
      const claims = await verify(request, 'officer');
      const [row] = await app.db
        .select({
          id: users.id,
          username: users.username,
          fullName: users.fullName,
          roles: users.roles,
          status: users.status,
          passwordChangedAt: users.passwordChangedAt,
          unitId: units.id,
          unitPath: units.path,
        })
        .from(users)
        .innerJoin(units, eq(units.id, users.unitId))
        .where(eq(users.id, claims.sub));
      if (!row || row.status !== 'active' || issuedBeforePasswordChange(claims.iat, row.passwordChangedAt)) {
        throw unauthorized('Phiên đăng nhập không còn hiệu lực');
      }
      request.officer = {
        id: row.id,
        username: row.username,
        fullName: row.fullName,
        roles: row.roles,
        unitId: row.unitId,
        unitPath: row.unitPath,
      };
    });

    app.decorate('requireCitizen', async (request: FastifyRequest) => {
      const claims = await verify(request, 'citizen');
      const [row] = await app.db
        .select({ id: citizens.id, passwordChangedAt: citizens.passwordChangedAt })
        .from(citizens)
        .where(eq(citizens.id, claims.sub));
      if (!row || issuedBeforePasswordChange(claims.iat, row.passwordChangedAt))
        throw unauthorized('Phiên đăng nhập không còn hiệu lực');
      request.citizenId = row.id;
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
