import { CLOSED_STATES, type Role } from '@motcua/shared';
import {
  and,
  arrayOverlaps,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  like,
  lt,
  lte,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import {
  dossierEvents,
  dossierFiles,
  dossierRatings,
  dossiers,
  dossierSequences,
  payments,
  units,
  users,
} from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';

export type DossierRow = typeof dossiers.$inferSelect;

const receiving = alias(units, 'receiving_unit');
const current = alias(units, 'current_unit');

const summary = {
  id: dossiers.id,
  code: dossiers.code,
  procedureCode: dossiers.procedureCode,
  procedureName: dossiers.procedureName,
  applicantName: dossiers.applicantName,
  channel: dossiers.channel,
  state: dossiers.state,
  receivingUnitId: dossiers.receivingUnitId,
  receivingUnitName: receiving.name,
  currentUnitId: dossiers.currentUnitId,
  currentUnitName: current.name,
  assigneeId: dossiers.assigneeId,
  assigneeName: users.fullName,
  receivedAt: dossiers.receivedAt,
  dueAt: dossiers.dueAt,
  stepDueAt: dossiers.stepDueAt,
  finishedAt: dossiers.finishedAt,
  result: dossiers.result,
  version: dossiers.version,
  createdAt: dossiers.createdAt,
};

function selectSummary(executor: Executor) {
  return executor
    .select(summary)
    .from(dossiers)
    .innerJoin(receiving, eq(receiving.id, dossiers.receivingUnitId))
    .innerJoin(current, eq(current.id, dossiers.currentUnitId))
    .leftJoin(users, eq(users.id, dossiers.assigneeId));
}
export type SummaryRow = Awaited<ReturnType<typeof selectSummary>>[number];

/** Keyset position: the sort value and the id, so that pages never skip or repeat rows. */
export type Cursor = { v: string | null; id: string };
export type Order = 'due' | 'received';

export function createDossiersRepository(db: Executor) {
  return {
    /** The next number in the receiving unit's daily sequence; atomic under concurrent intakes. */
    async nextSequence(executor: Executor, unitId: string, day: string): Promise<number> {
      const [row] = await executor
        .insert(dossierSequences)
        .values({ unitId, day, last: 1 })
        .onConflictDoUpdate({
          target: [dossierSequences.unitId, dossierSequences.day],
          set: { last: sql`${dossierSequences.last} + 1` },
        })
        .returning({ last: dossierSequences.last });
      if (!row) throw new Error('sequence returned no row');
      return row.last;
    },

    async insert(executor: Executor, values: typeof dossiers.$inferInsert) {
      const [row] = await executor.insert(dossiers).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(dossiers).where(eq(dossiers.id, id));
      return row;
    },

    ofCitizen(citizenId: string) {
      return db
        .select()
        .from(dossiers)
        .where(eq(dossiers.citizenId, citizenId))
        .orderBy(desc(dossiers.createdAt))
        .limit(500);
    },

    async findByCode(code: string, executor: Executor = db) {
      const [row] = await executor.select().from(dossiers).where(eq(dossiers.code, code));
      return row;
    },

    /** Applies a change only if nobody changed the dossier since it was read. */
    async update(
      executor: Executor,
      id: string,
      version: number,
      values: Partial<typeof dossiers.$inferInsert>,
    ) {
      return updateVersioned(executor, dossiers, id, version, values);
    },

    async addEvent(executor: Executor, values: typeof dossierEvents.$inferInsert) {
      await executor.insert(dossierEvents).values(values);
    },

    events(dossierId: string, executor: Executor = db) {
      return executor
        .select()
        .from(dossierEvents)
        .where(eq(dossierEvents.dossierId, dossierId))
        .orderBy(asc(dossierEvents.id));
    },

    async summary(id: string, executor: Executor = db) {
      const [row] = await selectSummary(executor).where(eq(dossiers.id, id));
      return row;
    },

    /** A page of summaries under `where`, in keyset order. */
    async page(where: SQL | undefined, order: Order, limit: number, cursor: Cursor | undefined) {
      const column = order === 'due' ? dossiers.dueAt : dossiers.receivedAt;
      // Missing dates (not yet received, or paused) sort as 'infinity': last by due date, first by receipt.
      const key = sql`coalesce(${column}, 'infinity'::timestamptz)`;
      let after: SQL | undefined;
      if (cursor) {
        const value = cursor.v ?? 'infinity';
        after =
          order === 'due'
            ? or(
                gt(key, sql`${value}::timestamptz`),
                and(eq(key, sql`${value}::timestamptz`), gt(dossiers.id, cursor.id)),
              )
            : or(
                lt(key, sql`${value}::timestamptz`),
                and(eq(key, sql`${value}::timestamptz`), lt(dossiers.id, cursor.id)),
              );
      }
      return selectSummary(db)
        .where(and(where, after))
        .orderBy(...(order === 'due' ? [asc(key), asc(dossiers.id)] : [desc(key), desc(dossiers.id)]))
        .limit(limit + 1);
    },

    async countBy(conditions: Record<string, SQL | undefined>) {
      const entries = Object.entries(conditions);
      const selection = Object.fromEntries(
        entries.map(([name, condition]) => [
          name,
          sql<number>`count(*) filter (where ${condition ?? sql`true`})::int`,
        ]),
      );
      const [row] = await db
        .select(selection)
        .from(dossiers)
        .where(notInArray(dossiers.state, [...CLOSED_STATES]));
      return row ?? {};
    },

    /** Dossiers received by a unit between two dates (inclusive), in order of receipt, for the register. */
    receivedBetween(unitId: string, from: string, to: string) {
      return db
        .select()
        .from(dossiers)
        .where(
          and(
            eq(dossiers.receivingUnitId, unitId),
            gte(dossiers.receivedOn, from),
            lte(dossiers.receivedOn, to),
          ),
        )
        .orderBy(asc(dossiers.receivedAt), asc(dossiers.code))
        .limit(10_000);
    },

    payments(dossierId: string, executor: Executor = db) {
      return executor
        .select()
        .from(payments)
        .where(eq(payments.dossierId, dossierId))
        .orderBy(asc(payments.createdAt));
    },

    files(dossierId: string, executor: Executor = db) {
      return executor
        .select()
        .from(dossierFiles)
        .where(eq(dossierFiles.dossierId, dossierId))
        .orderBy(asc(dossierFiles.createdAt));
    },

    async file(dossierId: string, fileId: string, executor: Executor = db) {
      const [row] = await executor
        .select()
        .from(dossierFiles)
        .where(and(eq(dossierFiles.dossierId, dossierId), eq(dossierFiles.id, fileId)));
      return row;
    },

    signedResultsBySha(sha256: string) {
      return db
        .select({ file: dossierFiles, code: dossiers.code, unitName: units.name })
        .from(dossierFiles)
        .innerJoin(dossiers, eq(dossiers.id, dossierFiles.dossierId))
        .innerJoin(units, eq(units.id, dossiers.currentUnitId))
        .where(and(eq(dossierFiles.sha256, sha256), eq(dossierFiles.kind, 'result')));
    },

    async rating(dossierId: string, executor: Executor = db) {
      const [row] = await executor
        .select()
        .from(dossierRatings)
        .where(eq(dossierRatings.dossierId, dossierId));
      return row;
    },

    async addFile(executor: Executor, values: typeof dossierFiles.$inferInsert) {
      const [row] = await executor.insert(dossierFiles).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async signFile(executor: Executor, id: string, values: Partial<typeof dossierFiles.$inferInsert>) {
      await executor.update(dossierFiles).set(values).where(eq(dossierFiles.id, id));
    },

    unitsByIds(ids: string[], executor: Executor = db) {
      if (ids.length === 0) return Promise.resolve([]);
      return executor
        .select({ id: units.id, name: units.name, path: units.path })
        .from(units)
        .where(inArray(units.id, ids));
    },

    /** Active officers of a unit holding one of `roles`, with how many open dossiers each holds. */
    assignees(unitId: string, roles: Role[]) {
      return db
        .select({
          id: users.id,
          fullName: users.fullName,
          username: users.username,
          openDossiers: sql<number>`(select count(*)::int from ${dossiers} d where d.assignee_id = ${users.id} and d.state not in ('returned', 'refused', 'stopped', 'withdrawn'))`,
        })
        .from(users)
        .where(and(eq(users.unitId, unitId), eq(users.status, 'active'), arrayOverlaps(users.roles, roles)))
        .orderBy(sql`vi_sort_key(${users.fullName})`);
    },

    async findUser(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(users).where(eq(users.id, id));
      return row;
    },
  };
}

/** Dossiers whose involved units include one inside `path` (a unit's subtree). */
export function involvesSubtree(path: string): SQL {
  return sql`exists (select 1 from ${units} u where u.id = any(${dossiers.involvedUnitIds}) and u.path like ${`${likeEscape(path)}%`})`;
}

export function involvesUnit(unitId: string): SQL {
  return sql`${unitId}::uuid = any(${dossiers.involvedUnitIds})`;
}

export function searchCondition(q: string): SQL | undefined {
  const folded = likeEscape(q);
  return or(
    like(dossiers.code, `${likeEscape(q.toUpperCase())}%`),
    eq(dossiers.applicantIdNumber, q),
    sql`f_unaccent(${dossiers.applicantName}) like '%' || f_unaccent(${folded}) || '%'`,
  );
}
