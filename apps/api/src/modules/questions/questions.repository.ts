import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { citizens, questions, units } from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import { updateVersioned } from '../../lib/versioned';

const columns = { question: questions, unitName: units.name, askerName: citizens.fullName };

function select(executor: Executor) {
  return executor
    .select(columns)
    .from(questions)
    .innerJoin(units, eq(units.id, questions.unitId))
    .innerJoin(citizens, eq(citizens.id, questions.citizenId));
}
export type QuestionRow = Awaited<ReturnType<typeof select>>[number];

export function createQuestionsRepository(db: Executor) {
  async function paged(where: SQL | undefined, order: SQL[], page: number, pageSize: number) {
    const [rows, [total]] = await Promise.all([
      select(db)
        .where(where)
        .orderBy(...order)
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      db.select({ n: count() }).from(questions).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  return {
    async insert(executor: Executor, values: typeof questions.$inferInsert) {
      const [row] = await executor.insert(questions).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(id: string, executor: Executor = db) {
      const [row] = await select(executor).where(eq(questions.id, id));
      return row;
    },

    ofCitizen(citizenId: string) {
      return select(db)
        .where(eq(questions.citizenId, citizenId))
        .orderBy(desc(questions.createdAt))
        .limit(200);
    },

    /** Answered questions, newest answer first, searched over question and answer without diacritics. */
    published(query: { q?: string; procedureCode?: string; page: number; pageSize: number }) {
      return paged(
        and(
          eq(questions.status, 'answered'),
          query.procedureCode ? eq(questions.procedureCode, query.procedureCode) : undefined,
          query.q
            ? sql`f_unaccent(${questions.title} || ' ' || ${questions.content} || ' ' || coalesce(${questions.answer}, '')) like '%' || f_unaccent(${likeEscape(query.q)}) || '%'`
            : undefined,
        ),
        [desc(questions.answeredAt)],
        query.page,
        query.pageSize,
      );
    },

    /** Questions addressed to some units, the pending ones first, oldest first among them. */
    addressedTo(unitIds: SQL, status: string | undefined, page: number, pageSize: number) {
      return paged(
        and(
          inArray(questions.unitId, unitIds),
          status ? eq(questions.status, status as 'pending' | 'answered') : undefined,
        ),
        [sql`${questions.status} = 'answered'`, asc(questions.createdAt)],
        page,
        pageSize,
      );
    },

    update(executor: Executor, id: string, version: number, values: Partial<typeof questions.$inferInsert>) {
      return updateVersioned(executor, questions, id, version, values);
    },
  };
}
