import type { Scope, User, UserListParams } from '@motcua/shared';
import { and, arrayContains, count, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units, users } from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';

const view = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  phone: users.phone,
  roles: users.roles,
  status: users.status,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  version: users.version,
  unit: { id: units.id, name: units.name, code: units.code, level: units.level },
  unitPath: units.path,
};

function selectView(executor: Executor) {
  return executor.select(view).from(users).innerJoin(units, eq(units.id, users.unitId));
}
type ViewRow = Awaited<ReturnType<typeof selectView>>[number];

export function toUser(row: ViewRow): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    phone: row.phone,
    roles: row.roles,
    status: row.status,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    unit: row.unit,
  };
}

export type ListScope = { scope: Scope; unitId: string; unitPath: string };

function scopeCondition({ scope, unitId, unitPath }: ListScope): SQL {
  if (scope === 'subtree') return like(units.path, `${likeEscape(unitPath)}%`);
  if (scope === 'unit') return eq(units.id, unitId);
  return sql`false`;
}

export function createUsersRepository(db: Executor) {
  return {
    async findView(id: string, executor: Executor = db) {
      const [row] = await selectView(executor).where(eq(users.id, id));
      return row;
    },

    async findByUsername(username: string) {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row;
    },

    async findById(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(users).where(eq(users.id, id));
      return row;
    },

    async list(query: UserListParams, reach: ListScope, filterUnitPath?: string) {
      const conditions: SQL[] = [scopeCondition(reach)];
      if (query.q) {
        conditions.push(
          sql`f_unaccent(${users.username} || ' ' || ${users.fullName} || ' ' || coalesce(${users.email}, '')) like '%' || f_unaccent(${likeEscape(query.q)}) || '%'`,
        );
      }
      if (query.unitId) {
        conditions.push(
          query.includeSubunits && filterUnitPath
            ? like(units.path, `${likeEscape(filterUnitPath)}%`)
            : eq(users.unitId, query.unitId),
        );
      }
      if (query.role) conditions.push(arrayContains(users.roles, [query.role]));
      if (query.status) conditions.push(eq(users.status, query.status));
      const where = and(...conditions);
      const [rows, [total]] = await Promise.all([
        selectView(db)
          .where(where)
          .orderBy(sql`vi_sort_key(${users.fullName})`, users.username)
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(users).innerJoin(units, eq(units.id, users.unitId)).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async insert(executor: Executor, values: typeof users.$inferInsert) {
      const [row] = await executor.insert(users).values(values).returning({ id: users.id });
      return row;
    },

    /** Updates only when the row still has `version`; returns undefined when someone else changed it first. */
    async update(
      executor: Executor,
      id: string,
      version: number,
      values: Partial<typeof users.$inferInsert>,
    ) {
      return updateVersioned(executor, users, id, version, values);
    },

    async recordLogin(
      id: string,
      values: { failedLogins: number; lockedUntil: Date | null; lastLoginAt?: Date },
      executor: Executor = db,
    ) {
      await executor.update(users).set(values).where(eq(users.id, id));
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
