import {
  addDays,
  CLOSED_STATES,
  DOSSIER_STATES,
  STANDARD_REPORT_INFO,
  type CustomReportRunSchema,
  type Criterion,
  DATE_FIELD_LABELS,
  type ExportRequestSchema,
  formatVnDate,
  type Dashboard,
  type DossierState,
  type OnTimeResult,
  type SavedReportInputSchema,
  type SavedReportUpdateSchema,
  type Scoreboard,
  type StandardReport,
  type StandardReportRunSchema,
  type StatisticsFilter,
  type StatisticsScopeQuerySchema,
  type StatisticsTable,
  type UnitLevel,
  type WorkCalendar,
} from '@motcua/shared';
import { and, asc, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { dossierRatings, dossiers, feedback, savedReports, units } from '../../db/schema';
import { recordAudit, type Actor } from '../../lib/audit';
import { notFound, versionConflict } from '../../lib/errors';
import { likeEscape } from '../../lib/sql';
import { todayInVietnam } from '../../lib/time';
import { updateVersioned } from '../../lib/versioned';
import { requireScope, unitInScope, type Officer } from '../../plugins/auth';
import { loadCalendar } from '../calendar/calendar.service';
import {
  columnsOf,
  countDossiers,
  dossierScope,
  currentUnit,
  fromDossiers,
  groupTable,
  listBatches,
  listPage,
  overdueNow,
  monthRange,
  receivingUnit,
  share,
  whereOf,
} from './statistics.query';
import type { Window } from '../reports/reports.figures';
import { between, summaryTable, type SummaryReport } from './statistics.summaries';

type StandardRun = z.infer<typeof StandardReportRunSchema>;
type CustomRun = z.infer<typeof CustomReportRunSchema>;
type ScopeQuery = z.infer<typeof StatisticsScopeQuerySchema>;
type ReportSource = z.infer<typeof ExportRequestSchema>['source'];
type Page = { page: number; pageSize: number };
type Plan = { title: string; unit: ScopeUnit; filter: StatisticsFilter; window?: Window } & (
  | { table: (page: Page) => Promise<StatisticsTable>; list?: undefined }
  | { table?: undefined; list: { criteria: readonly Criterion[]; where: SQL } }
);

type ScopeUnit = { id: string; name: string; level: UnitLevel; path: string };
export type Scope = { unit: ScopeUnit; ids: string[]; dossiers: SQL };

const inStates = (states: readonly DossierState[]) =>
  sql`${dossiers.state} in (${sql.join(
    states.map((s) => sql`${s}`),
    sql`, `,
  )})`;

/** What each standard list report adds to the user's filter. */
const LIST_PRESETS: Record<Exclude<StandardReport, SummaryReport>, SQL> = {
  received_direct: sql`${dossiers.channel} <> 'online' and ${dossiers.receivedAt} is not null`,
  received_online: sql`${dossiers.channel} = 'online' and ${dossiers.receivedAt} is not null`,
  returned: inStates(['returned']),
  waiting_return: inStates(['waiting_return']),
  refused: inStates(['refused']),
  withdrawn: inStates(['withdrawn']),
  processing: inStates(['assigning', 'processing', 'reviewing', 'waiting_signature']),
  paused: inStates(['waiting_supplement']),
  waiting_online_intake: inStates(['waiting_online_intake']),
  waiting_handover: inStates(['received']),
  waiting_payment: sql`${dossiers.feeVnd} > 0 and ${dossiers.paidAt} is null and not ${inStates(CLOSED_STATES)}`,
};

function isSummary(report: StandardReport): report is SummaryReport {
  return STANDARD_REPORT_INFO[report].kind === 'summary';
}

export function today(): string {
  return todayInVietnam();
}

/** The window a report reads: the filter's dates, else this year so far. */
export function windowOf(range: { from?: string | undefined; to?: string | undefined }): Window {
  const to = range.to ?? today();
  return { from: range.from ?? `${to.slice(0, 4)}-01-01`, to };
}

export function createStatisticsService(db: Executor) {
  let calendar: { loadedOn: string; value: Promise<WorkCalendar> } | null = null;
  /** The national calendar for live working-day counts, reloaded daily so that an administrator's edit shows. */
  function workCalendar(): Promise<WorkCalendar> {
    if (!calendar || calendar.loadedOn !== today()) {
      calendar = {
        loadedOn: today(),
        value: loadCalendar(db, addDays(today(), -1500), addDays(today(), 30)),
      };
    }
    return calendar.value;
  }

  /** The unit a statistic is about (the officer's own by default) and the ids of its subtree; 404 outside reach. */
  async function scopeOf(officer: Officer, unitId?: string): Promise<Scope> {
    const reach = requireScope(officer, 'statistics.read');
    const [unit] = await db
      .select({ id: units.id, name: units.name, level: units.level, path: units.path })
      .from(units)
      .where(eq(units.id, unitId ?? officer.unitId));
    if (!unit || !unitInScope(officer, reach, unit)) throw notFound('Không tìm thấy đơn vị');
    const ids = await db
      .select({ id: units.id })
      .from(units)
      .where(like(units.path, `${likeEscape(unit.path)}%`));
    const unitIds = ids.map((r) => r.id);
    return { unit, ids: unitIds, dossiers: dossierScope(unit, unitIds) };
  }

  /**
   * What a report reads, decided once for the screen and for exports: a list of dossiers (criteria and condition,
   * paged by the database) or a table computed whole (groups and summaries, one row per group, unit or officer).
   */
  async function plan(officer: Officer, source: ReportSource): Promise<Plan> {
    const filter = source.kind === 'standard' ? source.filter : source.definition.filter;
    const scope = await scopeOf(officer, filter.unitId);
    const { unit } = scope;
    const base = { unit, filter };
    if (source.kind === 'standard') {
      const { report, groupBy } = source;
      const info = STANDARD_REPORT_INFO[report];
      if (isSummary(report)) {
        const window = windowOf(filter);
        return {
          ...base,
          title: info.title,
          window,
          table: (page) => summaryTable(db, report, info.title, filter, scope, window, page),
        };
      }
      const where = whereOf(filter, scope, LIST_PRESETS[report]);
      if (groupBy) {
        return {
          ...base,
          title: info.title,
          table: (page) => groupTable(db, info.title, groupBy, filter, where, page),
        };
      }
      return { ...base, title: info.title, list: { criteria: info.columns ?? [], where } };
    }
    const { definition, name } = source;
    const where = whereOf(filter, scope);
    const groupBy = definition.groupBy;
    if (groupBy)
      return { ...base, title: name, table: (page) => groupTable(db, name, groupBy, filter, where, page) };
    return { ...base, title: name, list: { criteria: definition.columns, where } };
  }

  async function run(officer: Officer, source: ReportSource, page: Page): Promise<StatisticsTable> {
    const p = await plan(officer, source);
    if (p.table) return p.table(page);
    const { criteria, where } = p.list;
    const [total, rows] = await Promise.all([
      countDossiers(db, where),
      workCalendar().then((c) => listPage(db, criteria, where, page, c)),
    ]);
    const columns = columnsOf(criteria);
    return { title: p.title, columns, rows, totals: null, total, page: page.page, pageSize: page.pageSize };
  }

  return {
    scopeOf,

    standard(officer: Officer, report: StandardReport, input: StandardRun): Promise<StatisticsTable> {
      return run(officer, { kind: 'standard', report, filter: input.filter, groupBy: input.groupBy }, input);
    },

    custom(officer: Officer, input: CustomRun): Promise<StatisticsTable> {
      return run(officer, { kind: 'custom', name: 'Báo cáo tùy chọn', definition: input.definition }, input);
    },

    /** A whole report for an export: its heading, its columns and its rows in batches, never all in memory. */
    async tableSource(officer: Officer, request: { source: ReportSource }, batchSize: number) {
      const p = await plan(officer, request.source);
      const window =
        p.window ?? (p.filter.from || p.filter.to ? { from: p.filter.from, to: p.filter.to } : null);
      const subtitle = [`Đơn vị: ${p.unit.name}`];
      if (window) {
        const label = p.window ? 'Kỳ số liệu' : DATE_FIELD_LABELS[p.filter.dateField];
        const from = window.from ? `từ ngày ${formatVnDate(window.from)} ` : '';
        const to = window.to ? `đến ngày ${formatVnDate(window.to)}` : '';
        subtitle.push(`${label}: ${from}${to}`.trim());
      }
      const heading = { title: p.title, subtitle, unitName: p.unit.name, today: today() };
      if (p.table) {
        const table = await p.table({ page: 1, pageSize: Number.MAX_SAFE_INTEGER });
        return {
          ...heading,
          columns: table.columns,
          total: table.total,
          totals: table.totals,
          batches: (async function* () {
            yield table.rows;
          })(),
        };
      }
      const { criteria, where } = p.list;
      return {
        ...heading,
        columns: columnsOf(criteria),
        total: await countDossiers(db, where),
        totals: null,
        batches: listBatches(db, criteria, where, await workCalendar(), batchSize),
      };
    },

    async savedReports(officer: Officer) {
      requireScope(officer, 'statistics.read');
      return db
        .select()
        .from(savedReports)
        .where(eq(savedReports.ownerId, officer.id))
        .orderBy(desc(savedReports.updatedAt))
        .limit(200);
    },

    async saveReport(officer: Officer, actor: Actor, input: z.infer<typeof SavedReportInputSchema>) {
      requireScope(officer, 'statistics.read');
      if (input.definition.filter.unitId) await scopeOf(officer, input.definition.filter.unitId);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(savedReports)
          .values({ ownerId: officer.id, name: input.name, definition: input.definition })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await recordAudit(tx, actor, {
          action: 'saved_report.create',
          entityType: 'saved_report',
          entityId: row.id,
        });
        return row;
      });
    },

    async updateReport(
      officer: Officer,
      actor: Actor,
      id: string,
      input: z.infer<typeof SavedReportUpdateSchema>,
    ) {
      requireScope(officer, 'statistics.read');
      if (input.definition.filter.unitId) await scopeOf(officer, input.definition.filter.unitId);
      return db.transaction(async (tx) => {
        const [existing] = await tx
          .select({ id: savedReports.id })
          .from(savedReports)
          .where(and(eq(savedReports.id, id), eq(savedReports.ownerId, officer.id)));
        if (!existing) throw notFound('Không tìm thấy báo cáo đã lưu');
        const row = await updateVersioned(tx, savedReports, id, input.version, {
          name: input.name,
          definition: input.definition,
        });
        if (!row) throw versionConflict();
        await recordAudit(tx, actor, {
          action: 'saved_report.update',
          entityType: 'saved_report',
          entityId: id,
        });
        return row;
      });
    },

    async deleteReport(officer: Officer, actor: Actor, id: string) {
      requireScope(officer, 'statistics.read');
      await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(savedReports)
          .where(and(eq(savedReports.id, id), eq(savedReports.ownerId, officer.id)))
          .returning({ id: savedReports.id });
        if (!row) throw notFound('Không tìm thấy báo cáo đã lưu');
        await recordAudit(tx, actor, {
          action: 'saved_report.delete',
          entityType: 'saved_report',
          entityId: id,
        });
      });
    },

    /** The leaders' dashboard over a window of received dates; every count names the filter behind it. */
    async dashboard(officer: Officer, query: ScopeQuery): Promise<Dashboard> {
      const scope = await scopeOf(officer, query.unitId);
      const { unit, ids } = scope;
      const window = windowOf(query);
      const base: StatisticsFilter = { unitId: unit.id, dateField: 'received', ...window };
      const where = whereOf(base, scope);
      const finishedBase: StatisticsFilter = { ...base, dateField: 'finished' };
      const month = sql<string>`to_char(${dossiers.finishedAt} + interval '7 hours', 'YYYY-MM')`;
      const [byState, byMonth, overdue, online, ratings, feedbackRows] = await Promise.all([
        fromDossiers(db, { state: sql<DossierState>`${dossiers.state}`, count: sql<number>`count(*)::int` })
          .where(where)
          .groupBy(dossiers.state),
        fromDossiers(db, {
          month,
          early: sql<number>`count(*) filter (where ${dossiers.result} = 'early')::int`,
          onTime: sql<number>`count(*) filter (where ${dossiers.result} = 'on_time')::int`,
          late: sql<number>`count(*) filter (where ${dossiers.result} = 'late')::int`,
        })
          .where(whereOf(finishedBase, scope, sql`${dossiers.result} is not null`))
          .groupBy(month)
          .orderBy(month),
        // Overdue now, whenever received: the list a leader acts on today.
        fromDossiers(db, {
          unitId: sql<string>`${currentUnit.id}`,
          unitName: sql<string>`min(${currentUnit.name})`,
          count: sql<number>`count(*)::int`,
        })
          .where(whereOf({ unitId: unit.id, dateField: 'received' }, scope, overdueNow))
          .groupBy(currentUnit.id)
          .orderBy(sql`count(*) desc`)
          .limit(20),
        fromDossiers(db, {
          online: sql<number>`count(*) filter (where ${dossiers.channel} = 'online')::int`,
          total: sql<number>`count(*)::int`,
        }).where(where),
        fromDossiers(db, {
          rated: sql<number>`count(${dossierRatings.dossierId})::int`,
          satisfied: sql<number>`count(*) filter (where ${dossierRatings.satisfied})::int`,
        }).where(where),
        db
          .select({ status: feedback.status, count: sql<number>`count(*)::int` })
          .from(feedback)
          .where(
            and(
              or(inArray(feedback.receivingUnitId, ids), inArray(feedback.handlingUnitId, ids)),
              between(sql`${feedback.createdAt}`, window),
            ),
          )
          .groupBy(feedback.status),
      ]);
      const counts = new Map(byState.map((r) => [r.state, Number(r.count)]));
      const onlineRow = online[0];
      const rated = Number(ratings[0]?.rated ?? 0);
      const satisfied = Number(ratings[0]?.satisfied ?? 0);
      return {
        unit: { id: unit.id, name: unit.name },
        ...window,
        byState: DOSSIER_STATES.filter((s) => counts.has(s)).map((state) => ({
          state,
          count: counts.get(state) ?? 0,
          drill: { ...base, states: [state] },
        })),
        onTimeByMonth: byMonth.map((r) => {
          const m = String(r.month);
          const drill = (result: OnTimeResult) => ({
            ...finishedBase,
            ...monthRange(m, window),
            result,
          });
          const early = Number(r.early);
          const onTime = Number(r.onTime);
          const late = Number(r.late);
          return {
            month: m,
            early: { count: early, drill: drill('early') },
            onTime: { count: onTime, drill: drill('on_time') },
            late: { count: late, drill: drill('late') },
            rate: share(early + onTime, early + onTime + late),
          };
        }),
        overdueByUnit: overdue.map((r) => ({
          unitId: String(r.unitId),
          unitName: String(r.unitName),
          count: Number(r.count),
          drill: {
            unitId: unit.id,
            dateField: 'received' as const,
            currentUnitId: String(r.unitId),
            overdue: true,
          },
        })),
        online: {
          online: { count: Number(onlineRow?.online ?? 0), drill: { ...base, channel: 'online' } },
          total: { count: Number(onlineRow?.total ?? 0), drill: base },
          share: share(Number(onlineRow?.online ?? 0), Number(onlineRow?.total ?? 0)),
        },
        satisfaction: {
          rated,
          satisfied,
          share: share(satisfied, rated),
          unsatisfied: { count: rated - satisfied, drill: { ...base, rating: 'unsatisfied' } },
        },
        feedbackByStatus: feedbackRows.map((r) => ({ status: r.status, count: Number(r.count) })),
      };
    },

    /**
     * The public scoreboard: for each unit of a province that resolved dossiers in the year, the on-time share,
     * the average working days taken and the citizens' satisfaction. Results only, never people.
     */
    async scoreboard(query: {
      provinceId?: string | undefined;
      year?: number | undefined;
    }): Promise<Scoreboard> {
      const year = query.year ?? Number(today().slice(0, 4));
      const provinces = await db
        .select({ id: units.id, name: units.name, path: units.path })
        .from(units)
        .where(and(eq(units.level, 'province'), isNull(units.validTo)))
        .orderBy(asc(units.name));
      const province = query.provinceId ? provinces.find((p) => p.id === query.provinceId) : provinces[0];
      if (query.provinceId && !province) throw notFound('Không tìm thấy tỉnh, thành phố');
      const list = provinces.map(({ id, name }) => ({ id, name }));
      if (!province) return { year, provinces: list, provinceId: null, items: [] };
      const rows = await fromDossiers(db, {
        unitId: sql<string>`${receivingUnit.id}`,
        unitName: sql<string>`min(${receivingUnit.name})`,
        level: sql<UnitLevel>`min(${receivingUnit.level})`,
        resolved: sql<number>`count(*) filter (where ${dossiers.result} is not null)::int`,
        onTime: sql<number>`count(*) filter (where ${dossiers.result} in ('early', 'on_time'))::int`,
        averageDays: sql<number | null>`round(avg(${dossiers.daysTaken}), 1)`,
        rated: sql<number>`count(${dossierRatings.dossierId})::int`,
        satisfied: sql<number>`count(*) filter (where ${dossierRatings.satisfied})::int`,
      })
        .where(
          and(
            like(receivingUnit.path, `${likeEscape(province.path)}%`),
            between(sql`${dossiers.finishedAt}`, { from: `${year}-01-01`, to: `${year}-12-31` }),
          ),
        )
        .groupBy(receivingUnit.id);
      return {
        year,
        provinces: list,
        provinceId: province.id,
        items: rows
          .filter((r) => Number(r.resolved) > 0)
          .map((r) => ({
            unitId: String(r.unitId),
            unitName: String(r.unitName),
            level: r.level as UnitLevel,
            resolved: Number(r.resolved),
            onTimeShare: share(Number(r.onTime), Number(r.resolved)),
            averageDays: r.averageDays === null ? null : Number(r.averageDays),
            rated: Number(r.rated),
            satisfiedShare: share(Number(r.satisfied), Number(r.rated)),
          })),
      };
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
