import {
  addDays,
  RATING_REASON_LABELS,
  vnInstant,
  type Cell,
  type CellKind,
  type RatingReason,
  type StatisticsFilter,
  type StatisticsTable,
  type TableColumn,
} from '@motcua/shared';
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dossierEvents, dossierRatings, dossiers } from '../../db/schema';
import { dossierFigureFields, type Window } from '../reports/reports.figures';
import { fromDossiers, receivingUnit, share, whereOf } from './statistics.query';

type Scope = { ids: string[]; dossiers: SQL };

type SummaryRow = { cells: Record<string, Cell>; drill?: StatisticsFilter };
type Summary = { columns: TableColumn[]; rows: SummaryRow[]; totals: Record<string, Cell> };

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
const col = (key: string, label: string, kind: CellKind = 'number'): TableColumn => ({ key, label, kind });
const unitColumn = col('unit', 'Đơn vị', 'text');

export function between(expression: SQL, window: Window): SQL {
  return sql`${expression} >= ${vnInstant(window.from, 0).toISOString()}::timestamptz and ${expression} < ${vnInstant(addDays(window.to, 1), 0).toISOString()}::timestamptz`;
}

function sumColumns(rows: SummaryRow[], columns: TableColumn[]): Record<string, Cell> {
  const totals: Record<string, Cell> = { [columns[0]?.key ?? 'unit']: 'Tổng cộng' };
  for (const c of columns.slice(1)) {
    if (c.kind === 'number') totals[c.key] = rows.reduce((s, r) => s + Number(r.cells[c.key] ?? 0), 0);
  }
  return totals;
}

/** The summary's filter without its dates: a summary reads its own window. */
function undated(filter: StatisticsFilter): StatisticsFilter {
  return { ...filter, from: undefined, to: undefined };
}

/** Biểu 06's columns per receiving unit: received, resolved and in hand over the window. */
async function unitSummary(
  db: Executor,
  filter: StatisticsFilter,
  scope: Scope,
  window: Window,
): Promise<Summary> {
  const rows = await fromDossiers(db, {
    unitId: sql`${receivingUnit.id}`,
    unit: sql`min(${receivingUnit.name})`,
    ...dossierFigureFields(window),
  })
    .where(whereOf(undated(filter), scope))
    .groupBy(receivingUnit.id)
    .orderBy(sql`min(${receivingUnit.name})`);
  const columns = [
    unitColumn,
    col('received_total', 'Tiếp nhận: tổng số'),
    col('received_online', 'Trực tuyến'),
    col('received_direct', 'Trực tiếp, bưu chính'),
    col('carried_over', 'Kỳ trước chuyển qua'),
    col('resolved_total', 'Đã giải quyết: tổng số'),
    col('resolved_early', 'Trước hạn'),
    col('resolved_on_time', 'Đúng hạn'),
    col('resolved_late', 'Quá hạn'),
    col('on_time_share', 'Tỷ lệ đúng hạn', 'percent'),
    col('pending_total', 'Đang giải quyết: tổng số'),
    col('pending_within', 'Trong hạn'),
    col('pending_overdue', 'Quá hạn'),
  ];
  const out = rows
    .map((r) => {
      const n = (k: string) => Number(r[k] ?? 0);
      const resolved = n('resolved_early') + n('resolved_on_time') + n('resolved_late');
      const cells: Record<string, Cell> = {
        unit: String(r.unit),
        received_total: n('received_online') + n('received_direct') + n('carried_over'),
        received_online: n('received_online'),
        received_direct: n('received_direct'),
        carried_over: n('carried_over'),
        resolved_total: resolved,
        resolved_early: n('resolved_early'),
        resolved_on_time: n('resolved_on_time'),
        resolved_late: n('resolved_late'),
        on_time_share: share(n('resolved_early') + n('resolved_on_time'), resolved),
        pending_total: n('pending_within') + n('pending_overdue'),
        pending_within: n('pending_within'),
        pending_overdue: n('pending_overdue'),
      };
      return {
        cells,
        drill: { ...filter, ...window, dateField: 'received' as const, receivingUnitId: String(r.unitId) },
      };
    })
    .filter((r) => Number(r.cells.received_total) + Number(r.cells.pending_total) > 0);
  const totals = sumColumns(out, columns);
  totals.on_time_share = share(
    Number(totals.resolved_early) + Number(totals.resolved_on_time),
    Number(totals.resolved_total),
  );
  return { columns, rows: out, totals };
}

const monthExpression = (expression: SQL) => sql<string>`to_char(${expression} + interval '7 hours', 'MM')`;

/** A year, month by month per receiving unit: dossiers received each month, then the year's results. */
async function unitYearly(
  db: Executor,
  filter: StatisticsFilter,
  scope: Scope,
  year: number,
): Promise<Summary> {
  const window = { from: `${year}-01-01`, to: `${year}-12-31` };
  const rows = await fromDossiers(db, {
    unitId: sql`${receivingUnit.id}`,
    unit: sql`min(${receivingUnit.name})`,
    month: monthExpression(sql`${dossiers.receivedAt}`),
    received: sql<number>`count(*)::int`,
    resolved: sql<number>`count(*) filter (where ${dossiers.result} is not null)::int`,
    onTime: sql<number>`count(*) filter (where ${dossiers.result} in ('early', 'on_time'))::int`,
  })
    .where(whereOf(undated(filter), scope, between(sql`${dossiers.receivedAt}`, window)))
    .groupBy(receivingUnit.id, monthExpression(sql`${dossiers.receivedAt}`));
  const byUnit = new Map<
    string,
    { unit: string; months: Map<string, number>; resolved: number; onTime: number }
  >();
  for (const r of rows) {
    const id = String(r.unitId);
    const entry = byUnit.get(id) ?? { unit: String(r.unit), months: new Map(), resolved: 0, onTime: 0 };
    entry.months.set(String(r.month), Number(r.received));
    entry.resolved += Number(r.resolved);
    entry.onTime += Number(r.onTime);
    byUnit.set(id, entry);
  }
  const columns = [
    unitColumn,
    ...MONTHS.map((m) => col(`m${m}`, `T${Number(m)}`)),
    col('received', 'Cả năm'),
    col('resolved', 'Đã giải quyết'),
    col('on_time_share', 'Tỷ lệ đúng hạn', 'percent'),
  ];
  const out = [...byUnit.entries()]
    .sort((a, b) => a[1].unit.localeCompare(b[1].unit, 'vi'))
    .map(([unitId, e]) => {
      const cells: Record<string, Cell> = { unit: e.unit };
      for (const m of MONTHS) cells[`m${m}`] = e.months.get(m) ?? 0;
      cells.received = [...e.months.values()].reduce((s, v) => s + v, 0);
      cells.resolved = e.resolved;
      cells.on_time_share = share(e.onTime, e.resolved);
      return {
        cells,
        drill: { ...filter, ...window, dateField: 'received' as const, receivingUnitId: unitId },
      };
    });
  const totals = sumColumns(out, columns);
  totals.on_time_share = share(
    [...byUnit.values()].reduce((s, e) => s + e.onTime, 0),
    Number(totals.resolved),
  );
  return { columns, rows: out, totals };
}

const ratedInScope = (filter: StatisticsFilter, scope: Scope, window: Window) =>
  whereOf(undated(filter), scope, between(sql`${dossierRatings.createdAt}`, window));

/** Citizens' ratings given in the window, per receiving unit, with the reason most given by the unsatisfied. */
async function satisfactionByUnit(
  db: Executor,
  filter: StatisticsFilter,
  scope: Scope,
  window: Window,
): Promise<Summary> {
  const rows = await fromDossiers(db, {
    unitId: sql`${receivingUnit.id}`,
    unit: sql`min(${receivingUnit.name})`,
    rated: sql<number>`count(*)::int`,
    satisfied: sql<number>`count(*) filter (where ${dossierRatings.satisfied})::int`,
    reason: sql<
      string | null
    >`mode() within group (order by ${dossierRatings.reasons}[1]) filter (where not ${dossierRatings.satisfied})`,
  })
    .where(sql`${dossierRatings.dossierId} is not null and ${ratedInScope(filter, scope, window)}`)
    .groupBy(receivingUnit.id)
    .orderBy(sql`min(${receivingUnit.name})`);
  const columns = [
    unitColumn,
    col('rated', 'Số lượt đánh giá'),
    col('satisfied', 'Hài lòng'),
    col('unsatisfied', 'Chưa hài lòng'),
    col('satisfied_share', 'Tỷ lệ hài lòng', 'percent'),
    col('main_reason', 'Lý do chưa hài lòng nhiều nhất', 'text'),
  ];
  const out = rows.map((r) => {
    const rated = Number(r.rated);
    const satisfied = Number(r.satisfied);
    return {
      cells: {
        unit: String(r.unit),
        rated,
        satisfied,
        unsatisfied: rated - satisfied,
        satisfied_share: share(satisfied, rated),
        main_reason: r.reason ? (RATING_REASON_LABELS[r.reason as RatingReason] ?? String(r.reason)) : null,
      },
      drill: { ...filter, ...window, dateField: 'received' as const, receivingUnitId: String(r.unitId) },
    };
  });
  const totals = sumColumns(out, columns);
  totals.satisfied_share = share(Number(totals.satisfied), Number(totals.rated));
  return { columns, rows: out, totals };
}

/** The share of satisfied ratings each month of a year, per receiving unit. */
async function satisfactionYearly(
  db: Executor,
  filter: StatisticsFilter,
  scope: Scope,
  year: number,
): Promise<Summary> {
  const window = { from: `${year}-01-01`, to: `${year}-12-31` };
  const month = monthExpression(sql`${dossierRatings.createdAt}`);
  const rows = await fromDossiers(db, {
    unitId: sql`${receivingUnit.id}`,
    unit: sql`min(${receivingUnit.name})`,
    month,
    rated: sql<number>`count(*)::int`,
    satisfied: sql<number>`count(*) filter (where ${dossierRatings.satisfied})::int`,
  })
    .where(sql`${dossierRatings.dossierId} is not null and ${ratedInScope(filter, scope, window)}`)
    .groupBy(receivingUnit.id, month);
  const byUnit = new Map<string, { unit: string; months: Map<string, [number, number]> }>();
  for (const r of rows) {
    const entry = byUnit.get(String(r.unitId)) ?? { unit: String(r.unit), months: new Map() };
    entry.months.set(String(r.month), [Number(r.satisfied), Number(r.rated)]);
    byUnit.set(String(r.unitId), entry);
  }
  const columns = [
    unitColumn,
    ...MONTHS.map((m) => col(`m${m}`, `T${Number(m)}`, 'percent')),
    col('rated', 'Số lượt đánh giá'),
    col('satisfied_share', 'Cả năm', 'percent'),
  ];
  let satisfiedAll = 0;
  const out = [...byUnit.entries()]
    .sort((a, b) => a[1].unit.localeCompare(b[1].unit, 'vi'))
    .map(([unitId, e]) => {
      const cells: Record<string, Cell> = { unit: e.unit };
      let satisfied = 0;
      let rated = 0;
      for (const m of MONTHS) {
        const [s, n] = e.months.get(m) ?? [0, 0];
        cells[`m${m}`] = share(s, n);
        satisfied += s;
        rated += n;
      }
      satisfiedAll += satisfied;
      cells.rated = rated;
      cells.satisfied_share = share(satisfied, rated);
      return {
        cells,
        drill: { ...filter, ...window, dateField: 'received' as const, receivingUnitId: unitId },
      };
    });
  const totals = sumColumns(out, columns);
  totals.satisfied_share = share(satisfiedAll, Number(totals.rated));
  return { columns, rows: out, totals };
}

/** Per officer: dossiers taken in, steps completed in the window and how many on time. */
async function officerEvaluation(db: Executor, scope: Scope, window: Window): Promise<Summary> {
  const rows = await db
    .select({
      actorId: dossierEvents.actorId,
      name: sql<string>`min(${dossierEvents.actorName})`,
      unit: sql<string>`min(${dossierEvents.unitName})`,
      received: sql<number>`count(*) filter (where ${dossierEvents.action} in ('receive', 'accept'))::int`,
      steps: sql<number>`count(*) filter (where ${dossierEvents.stepResult} is not null)::int`,
      early: sql<number>`count(*) filter (where ${dossierEvents.stepResult} = 'early')::int`,
      onTime: sql<number>`count(*) filter (where ${dossierEvents.stepResult} = 'on_time')::int`,
      late: sql<number>`count(*) filter (where ${dossierEvents.stepResult} = 'late')::int`,
    })
    .from(dossierEvents)
    .where(
      and(
        inArray(dossierEvents.unitId, scope.ids),
        sql`${dossierEvents.actorId} is not null`,
        between(sql`${dossierEvents.at}`, window),
      ),
    )
    .groupBy(dossierEvents.actorId)
    .orderBy(sql`min(${dossierEvents.unitName})`, sql`min(${dossierEvents.actorName})`);
  const columns = [
    col('officer', 'Cán bộ', 'text'),
    col('unit', 'Đơn vị', 'text'),
    col('received', 'Hồ sơ tiếp nhận'),
    col('steps', 'Bước xử lý hoàn thành'),
    col('early', 'Trước hạn'),
    col('on_time', 'Đúng hạn'),
    col('late', 'Quá hạn'),
    col('on_time_share', 'Tỷ lệ đúng hạn', 'percent'),
  ];
  const out = rows
    .filter((r) => r.received + r.steps > 0)
    .map((r) => ({
      cells: {
        officer: r.name,
        unit: r.unit,
        received: r.received,
        steps: r.steps,
        early: r.early,
        on_time: r.onTime,
        late: r.late,
        on_time_share: share(r.early + r.onTime, r.steps),
      },
    }));
  const totals = sumColumns(out, columns);
  totals.unit = null;
  totals.on_time_share = share(Number(totals.early) + Number(totals.on_time), Number(totals.steps));
  return { columns, rows: out, totals };
}

export type SummaryReport =
  'unit_summary' | 'unit_yearly' | 'satisfaction_by_unit' | 'satisfaction_yearly' | 'officer_evaluation';

/** A summary report as a page of the common table. Summaries are small (one row per unit or officer). */
export async function summaryTable(
  db: Executor,
  report: SummaryReport,
  title: string,
  filter: StatisticsFilter,
  scope: Scope,
  window: Window,
  page: { page: number; pageSize: number },
): Promise<StatisticsTable> {
  const year = Number(window.from.slice(0, 4));
  const summary =
    report === 'unit_summary'
      ? await unitSummary(db, filter, scope, window)
      : report === 'unit_yearly'
        ? await unitYearly(db, filter, scope, year)
        : report === 'satisfaction_by_unit'
          ? await satisfactionByUnit(db, filter, scope, window)
          : report === 'satisfaction_yearly'
            ? await satisfactionYearly(db, filter, scope, year)
            : await officerEvaluation(db, scope, window);
  const start = (page.page - 1) * page.pageSize;
  return {
    title,
    columns: summary.columns,
    rows: summary.rows.slice(start, start + page.pageSize),
    totals: summary.totals,
    total: summary.rows.length,
    page: page.page,
    pageSize: page.pageSize,
  };
}
