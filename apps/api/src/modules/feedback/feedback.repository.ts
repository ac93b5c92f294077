import {
  foldVietnamese,
  PERMISSIONS,
  type FeedbackBox,
  type FeedbackCategory,
  type FeedbackStatus,
  type Role,
} from '@motcua/shared';
import {
  aliasedTable,
  and,
  arrayOverlaps,
  exists,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { feedback, feedbackCoordinators, feedbackEvents, feedbackFiles, units, users } from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';

const receiving = aliasedTable(units, 'receiving_unit');

function select(executor: Executor) {
  return executor
    .select({
      feedback,
      receivingName: receiving.name,
      receivingPath: receiving.path,
      // Subqueries rather than a second join of units, which drizzle cannot type beside the first.
      handlingName: sql<
        string | null
      >`(select h.name from units h where h.id = "feedback"."handling_unit_id")`,
      approvalRequired: sql<boolean>`coalesce((select h.feedback_approval_required from units h where h.id = "feedback"."handling_unit_id"), false)`,
    })
    .from(feedback)
    .innerJoin(receiving, eq(receiving.id, feedback.receivingUnitId));
}
export type FeedbackRow = Awaited<ReturnType<typeof select>>[number];

/** A set of unit ids as a subquery: an officer's unit, or their subtree. */
export type UnitSet = SQL;

const AWAITING_INFO: FeedbackStatus = 'awaiting_info';

/** Where a feedback sits for the officer's queue boxes; see FEEDBACK_BOXES. */
function boxCondition(box: FeedbackBox, scope: UnitSet): SQL | undefined {
  const coordinating = sql`exists (select 1 from ${feedbackCoordinators} c where c.feedback_id = ${feedback.id} and c.unit_id in ${scope})`;
  if (box === 'intake') {
    return and(
      sql`${feedback.receivingUnitId} in ${scope}`,
      or(
        inArray(feedback.status, ['new', 'supplemented']),
        and(eq(feedback.status, AWAITING_INFO), eq(feedback.resumeStatus, 'supplemented')),
      ),
    );
  }
  if (box === 'handling') {
    return and(
      or(sql`${feedback.handlingUnitId} in ${scope}`, coordinating),
      or(
        inArray(feedback.status, ['processing', 'awaiting_approval', 'answered']),
        and(eq(feedback.status, AWAITING_INFO), eq(feedback.resumeStatus, 'processing')),
      ),
    );
  }
  return involving(scope);
}

/** Feedback a unit holds, handles, coordinates, or once held (it keeps sight of what it passed on). */
function involving(scope: UnitSet): SQL | undefined {
  return or(
    sql`${feedback.receivingUnitId} in ${scope}`,
    sql`${feedback.handlingUnitId} in ${scope}`,
    sql`exists (select 1 from ${feedbackCoordinators} c where c.feedback_id = ${feedback.id} and c.unit_id in ${scope})`,
    sql`exists (select 1 from ${feedbackEvents} e where e.feedback_id = ${feedback.id} and e.unit_id in ${scope})`,
  );
}

function search(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  return or(
    sql`${feedback.searchText} like ${`%${likeEscape(foldVietnamese(q))}%`}`,
    eq(feedback.code, q.toUpperCase()),
  );
}

/** Roles that take in and handle a unit's feedback; they get its notices. */
export const HANDLER_ROLES: Role[] = [...PERMISSIONS['feedback.handle'].roles];
/** Agencies citizens and other agencies send feedback to have a feedback desk of their own. */
export const AGENCY_ROLES: Role[] = ['feedback_handler'];

export function createFeedbackRepository(db: Executor) {
  return {
    /** Units in force with an active officer in one of `roles`: who can take a feedback. */
    acceptingUnits(executor: Executor, roles: Role[], ...conditions: (SQL | undefined)[]) {
      return executor
        .select({ id: units.id, name: units.name, path: units.path, level: units.level })
        .from(units)
        .where(
          and(
            isNull(units.validTo),
            exists(
              executor
                .select({ one: sql`1` })
                .from(users)
                .where(
                  and(
                    eq(users.unitId, units.id),
                    eq(users.status, 'active'),
                    arrayOverlaps(users.roles, roles),
                  ),
                ),
            ),
            ...conditions,
          ),
        )
        .orderBy(units.depth, units.name);
    },

    /** Inserts unless the code is taken (then undefined: draw another code). */
    async insert(executor: Executor, values: typeof feedback.$inferInsert) {
      const [row] = await executor.insert(feedback).values(values).onConflictDoNothing().returning();
      return row;
    },

    async find(id: string, executor: Executor = db) {
      const [row] = await select(executor).where(eq(feedback.id, id));
      return row;
    },

    async findByCode(code: string, executor: Executor = db) {
      const [row] = await select(executor).where(eq(feedback.code, code));
      return row;
    },

    /** Locks the row for a change that does not come with a version (the sender's). */
    async lockByCode(executor: Executor, code: string) {
      const [row] = await executor.select().from(feedback).where(eq(feedback.code, code)).for('update');
      return row;
    },

    update(executor: Executor, id: string, version: number, values: Partial<typeof feedback.$inferInsert>) {
      return updateVersioned(executor, feedback, id, version, values);
    },

    async isInvolved(id: string, scope: UnitSet, executor: Executor = db) {
      const [row] = await executor
        .select({ id: feedback.id })
        .from(feedback)
        .where(and(eq(feedback.id, id), involving(scope)));
      return row !== undefined;
    },

    async queue(
      scope: UnitSet,
      query: {
        box: FeedbackBox;
        status?: FeedbackStatus;
        category?: FeedbackCategory;
        q?: string;
        page: number;
        pageSize: number;
      },
    ) {
      const where = and(
        boxCondition(query.box, scope),
        query.status ? eq(feedback.status, query.status) : undefined,
        query.category ? eq(feedback.category, query.category) : undefined,
        search(query.q),
      );
      const [rows, [total]] = await Promise.all([
        select(db)
          .where(where)
          // Waiting work by the clock; the finished ones newest first.
          .orderBy(
            sql`case when ${feedback.status} in ('published', 'refused') then 1 else 0 end`,
            sql`case when ${feedback.status} in ('published', 'refused') then null else ${feedback.handleDueAt} end`,
            desc(feedback.createdAt),
          )
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(feedback).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async published(query: { q?: string; category?: FeedbackCategory; page: number; pageSize: number }) {
      const where = and(
        eq(feedback.status, 'published'),
        query.category ? eq(feedback.category, query.category) : undefined,
        search(query.q),
      );
      const [rows, [total]] = await Promise.all([
        select(db)
          .where(where)
          .orderBy(desc(feedback.publishedAt))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(feedback).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    events(feedbackId: string, executor: Executor = db) {
      return executor
        .select({ event: feedbackEvents, unitName: units.name })
        .from(feedbackEvents)
        .leftJoin(units, eq(units.id, feedbackEvents.unitId))
        .where(eq(feedbackEvents.feedbackId, feedbackId))
        .orderBy(asc(feedbackEvents.createdAt), asc(feedbackEvents.id));
    },

    async addEvent(executor: Executor, values: typeof feedbackEvents.$inferInsert) {
      const [row] = await executor.insert(feedbackEvents).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    files(feedbackId: string, executor: Executor = db) {
      return executor
        .select()
        .from(feedbackFiles)
        .where(eq(feedbackFiles.feedbackId, feedbackId))
        .orderBy(asc(feedbackFiles.createdAt));
    },

    async file(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(feedbackFiles).where(eq(feedbackFiles.id, id));
      return row;
    },

    async stage(executor: Executor, values: typeof feedbackFiles.$inferInsert) {
      const [row] = await executor.insert(feedbackFiles).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** Attaches staged uploads to a feedback; returns how many were still unclaimed. */
    async claim(executor: Executor, feedbackId: string, tokens: string[], kind: 'citizen' | 'supplement') {
      if (tokens.length === 0) return 0;
      const claimed = await executor
        .update(feedbackFiles)
        .set({ feedbackId, kind })
        .where(and(inArray(feedbackFiles.id, tokens), isNull(feedbackFiles.feedbackId)))
        .returning({ id: feedbackFiles.id });
      return claimed.length;
    },

    /** Staged uploads nobody submitted within a day. */
    async dropUnclaimed(before: Date) {
      return db
        .delete(feedbackFiles)
        .where(and(isNull(feedbackFiles.feedbackId), lt(feedbackFiles.createdAt, before)))
        .returning({ storageKey: feedbackFiles.storageKey });
    },

    coordinators(feedbackId: string, executor: Executor = db) {
      return executor
        .select({ id: units.id, name: units.name, path: units.path })
        .from(feedbackCoordinators)
        .innerJoin(units, eq(units.id, feedbackCoordinators.unitId))
        .where(eq(feedbackCoordinators.feedbackId, feedbackId))
        .orderBy(asc(units.name));
    },

    async setCoordinators(executor: Executor, feedbackId: string, unitIds: string[]) {
      await executor.delete(feedbackCoordinators).where(eq(feedbackCoordinators.feedbackId, feedbackId));
      if (unitIds.length > 0) {
        await executor.insert(feedbackCoordinators).values(unitIds.map((unitId) => ({ feedbackId, unitId })));
      }
    },
  };
}
