import type {
  AdminProcedureListQuerySchema,
  Procedure,
  ProcedureContent,
  ProcedureStatus,
} from '@motcua/shared';
import type { z } from 'zod';
import { and, count, desc, eq, gte, inArray, isNull, lte, max, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { procedures, procedureTemplates, procedureVersions, units, users } from '../../db/schema';
import { likeEscape } from '../../lib/sql';
import type { FinderTerms } from './procedures.finder';
import { updateVersioned } from '../../lib/versioned';

type ListQuery = z.output<typeof AdminProcedureListQuerySchema>;
export type VersionRow = typeof procedureVersions.$inferSelect;

export function toProcedure(row: VersionRow): Procedure {
  return {
    ...row.content,
    id: row.id,
    status: row.status,
    versionNo: row.versionNo,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Published and in force on `date`. */
export function inForce(date: string): SQL | undefined {
  return and(
    eq(procedureVersions.status, 'published'),
    lte(procedureVersions.effectiveFrom, date),
    or(isNull(procedureVersions.effectiveTo), gte(procedureVersions.effectiveTo, date)),
  );
}

type VersionFilter = { inForceOn?: string; status?: ProcedureStatus };

function filterCondition(filter: VersionFilter): SQL | undefined {
  return and(
    filter.inForceOn ? inForce(filter.inForceOn) : undefined,
    filter.status ? eq(procedureVersions.status, filter.status) : undefined,
  );
}

function searchConditions(query: Omit<ListQuery, 'page' | 'pageSize' | 'status'>): SQL[] {
  const v = procedureVersions;
  const conditions: SQL[] = [];
  if (query.q) {
    conditions.push(
      sql`f_unaccent(${v.code} || ' ' || ${v.name} || ' ' || ${v.field}) like '%' || f_unaccent(${likeEscape(query.q)}) || '%'`,
    );
  }
  if (query.field) conditions.push(eq(v.field, query.field));
  if (query.level) conditions.push(sql`${query.level} = any(${v.levels})`);
  if (query.onlineLevel) conditions.push(eq(v.onlineLevel, query.onlineLevel));
  if (query.agency) {
    conditions.push(
      sql`f_unaccent(${v.executingAgency}) like '%' || f_unaccent(${likeEscape(query.agency)}) || '%'`,
    );
  }
  return conditions;
}

/** Columns kept beside the JSON content for filtering and sorting. */
export function indexedColumns(content: ProcedureContent) {
  return {
    code: content.code,
    name: content.name,
    field: content.field,
    levels: content.levels,
    onlineLevel: content.onlineLevel,
    executingAgency: content.agencies.executing,
    content,
  };
}

export function createProceduresRepository(db: Executor) {
  return {
    /** Versions in force on a date (the public catalogue) or of a status (administration), searched and paged. */
    async list(query: ListQuery, filter: VersionFilter) {
      const where = and(filterCondition(filter), ...searchConditions(query));
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(procedureVersions)
          .where(where)
          .orderBy(sql`vi_sort_key(${procedureVersions.name})`, procedureVersions.code)
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db.select({ n: count() }).from(procedureVersions).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    all(filter: VersionFilter) {
      return db
        .select()
        .from(procedureVersions)
        .where(filterCondition(filter))
        .orderBy(procedureVersions.code);
    },

    fields(date: string) {
      return db
        .select({ field: procedureVersions.field, count: count() })
        .from(procedureVersions)
        .where(inForce(date))
        .groupBy(procedureVersions.field)
        .orderBy(sql`vi_sort_key(${procedureVersions.field})`);
    },

    async findInForce(code: string, date: string, executor: Executor = db) {
      const [row] = await executor
        .select()
        .from(procedureVersions)
        .where(and(eq(procedureVersions.code, code), inForce(date)));
      return row;
    },

    /**
     * Procedures in force ranked by evidence in their folded name: 3 points per catalogue phrase, 1 per word of
     * the citizen's; at least 2 points, so that one shared common word is not a suggestion.
     */
    suggest(terms: FinderTerms, date: string, limit: number) {
      // Folded, with punctuation as spaces, so that "văn bằng, chứng chỉ" holds the phrase "van bang".
      const name = sql`' ' || regexp_replace(f_unaccent(${procedureVersions.name}), '[^a-z0-9]+', ' ', 'g') || ' '`;
      const points = [
        ...terms.phrases.map((p) => sql`case when ${name} like ${`% ${likeEscape(p)} %`} then 3 else 0 end`),
        ...terms.words.map((w) => sql`case when ${name} like ${`% ${likeEscape(w)} %`} then 1 else 0 end`),
      ];
      const score = points.length > 0 ? sql<number>`(${sql.join(points, sql` + `)})` : sql<number>`0`;
      return db
        .select({ row: procedureVersions, score })
        .from(procedureVersions)
        .where(and(inForce(date), sql`${score} >= 2`))
        .orderBy(desc(score), sql`length(${procedureVersions.name})`, procedureVersions.code)
        .limit(limit);
    },

    /**
     * Units in force at the given levels that have an active receiving officer (somebody to accept the dossier),
     * matching the name without diacritics, with the names of the units above them.
     */
    receivingUnits(levels: readonly string[], q: string | undefined, date: string) {
      const u = alias(units, 'u');
      return db
        .select({
          id: u.id,
          name: u.name,
          // Written against the alias by name: in a select list drizzle leaves a column unqualified.
          parents: sql<
            string[]
          >`array(select p.name from ${units} p where u.path like p.path || '%' and p.id <> u.id and p.parent_id is not null order by p.depth desc)`,
        })
        .from(u)
        .where(
          and(
            inArray(u.level, [...levels] as (typeof units.level.enumValues)[number][]),
            lte(u.validFrom, date),
            or(isNull(u.validTo), gte(u.validTo, date)),
            q ? sql`f_unaccent(${u.name}) like '%' || f_unaccent(${likeEscape(q)}) || '%'` : undefined,
            sql`exists (select 1 from ${users} w where w.unit_id = ${u.id} and w.status = 'active' and 'receiving_officer' = any(w.roles))`,
          ),
        )
        .orderBy(sql`vi_sort_key(${u.name})`)
        .limit(50);
    },

    async addTemplate(values: typeof procedureTemplates.$inferInsert) {
      const [row] = await db.insert(procedureTemplates).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async findTemplate(id: string) {
      const [row] = await db.select().from(procedureTemplates).where(eq(procedureTemplates.id, id));
      return row;
    },

    /** The name of each code in its latest version, drafts and retired ones included. */
    async latestNames(codes: string[], executor: Executor = db): Promise<Map<string, string>> {
      if (codes.length === 0) return new Map();
      const rows = await executor
        .selectDistinctOn([procedureVersions.code], {
          code: procedureVersions.code,
          name: procedureVersions.name,
        })
        .from(procedureVersions)
        .where(inArray(procedureVersions.code, codes))
        .orderBy(procedureVersions.code, desc(procedureVersions.versionNo));
      return new Map(rows.map((r) => [r.code, r.name]));
    },

    async findVersion(id: string, executor: Executor = db) {
      const [row] = await executor.select().from(procedureVersions).where(eq(procedureVersions.id, id));
      return row;
    },

    versionsOf(code: string, executor: Executor = db) {
      return executor
        .select()
        .from(procedureVersions)
        .where(eq(procedureVersions.code, code))
        .orderBy(desc(procedureVersions.versionNo));
    },

    async findProcedure(code: string, executor: Executor = db) {
      const [row] = await executor.select().from(procedures).where(eq(procedures.code, code));
      return row;
    },

    async insertProcedure(executor: Executor, code: string) {
      const [row] = await executor.insert(procedures).values({ code }).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async nextVersionNo(executor: Executor, procedureId: string) {
      const [row] = await executor
        .select({ n: max(procedureVersions.versionNo) })
        .from(procedureVersions)
        .where(eq(procedureVersions.procedureId, procedureId));
      return (row?.n ?? 0) + 1;
    },

    async insertVersion(executor: Executor, values: typeof procedureVersions.$inferInsert) {
      const [row] = await executor.insert(procedureVersions).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async updateVersion(
      executor: Executor,
      id: string,
      version: number,
      status: ProcedureStatus,
      values: Partial<typeof procedureVersions.$inferInsert>,
    ) {
      return updateVersioned(
        executor,
        procedureVersions,
        id,
        version,
        values,
        eq(procedureVersions.status, status),
      );
    },

    /** Ends every published version of a procedure still open on `lastDay` (they run until that day). */
    async endPublished(executor: Executor, procedureId: string, lastDay: string, status: ProcedureStatus) {
      return executor
        .update(procedureVersions)
        .set({
          effectiveTo: lastDay,
          status,
          version: sql`${procedureVersions.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(procedureVersions.procedureId, procedureId),
            eq(procedureVersions.status, 'published'),
            or(isNull(procedureVersions.effectiveTo), gte(procedureVersions.effectiveTo, lastDay)),
          ),
        )
        .returning({ id: procedureVersions.id });
    },

    async latestPublished(executor: Executor, procedureId: string) {
      const [row] = await executor
        .select()
        .from(procedureVersions)
        .where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.status, 'published')))
        .orderBy(desc(procedureVersions.effectiveFrom))
        .limit(1);
      return row;
    },
  };
}
