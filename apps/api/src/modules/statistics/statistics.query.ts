import {
  addDays,
  CHANNEL_LABELS,
  CLOSED_STATES,
  CRITERION_INFO,
  DOSSIER_STATE_LABELS,
  GROUP_BY_LABELS,
  GROUP_COLUMNS,
  ON_TIME_LABELS,
  RESULT_METHOD_LABELS,
  vnInstant,
  workingDaysTaken,
  type Cell,
  type Channel,
  type Criterion,
  type DateField,
  type DossierState,
  type GroupBy,
  type OnTimeResult,
  type ResultMethod,
  type StatisticsFilter,
  type StatisticsTable,
  type TableColumn,
  type WorkCalendar,
} from '@motcua/shared';
import { arrayOverlaps, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { dossierRatings, dossiers, procedureVersions, units, users } from '../../db/schema';

export const receivingUnit = alias(units, 'receiving_unit');
export const currentUnit = alias(units, 'current_unit');

/** When a dossier counts as received: online submissions not yet taken in count from their submission. */
const receivedDate = sql`coalesce(${dossiers.receivedAt}, ${dossiers.createdAt})`;
const DATE_SQL: Record<DateField, SQL> = {
  received: receivedDate,
  finished: sql`${dossiers.finishedAt}`,
  returned: sql`${dossiers.returnedAt}`,
};

const closed = sql.raw(CLOSED_STATES.map((s) => `'${s}'`).join(', '));
/** Open with a running clock: not closed, not waiting for intake, not paused for the applicant. */
export const runningClock = sql`${dossiers.state} not in (${closed}, 'waiting_online_intake', 'waiting_supplement')`;
/** Past the appointment today with no result yet (a result waiting to be collected is not late). */
export const overdueNow = sql`${runningClock} and ${dossiers.finishedAt} is null and ${dossiers.dueAt} < now()`;

const CRITERION_SQL: Record<Criterion, SQL> = {
  code: sql`${dossiers.code}`,
  procedure_code: sql`${dossiers.procedureCode}`,
  procedure_name: sql`${dossiers.procedureName}`,
  field: sql`${procedureVersions.field}`,
  case_name: sql`${dossiers.caseName}`,
  applicant_name: sql`${dossiers.applicantName}`,
  applicant_id_number: sql`${dossiers.applicantIdNumber}`,
  applicant_address: sql`${dossiers.applicant}->>'address'`,
  applicant_phone: sql`${dossiers.applicant}->>'phone'`,
  channel: sql`${dossiers.channel}`,
  receiving_unit: sql`${receivingUnit.name}`,
  current_unit: sql`${currentUnit.name}`,
  received_at: sql`${dossiers.receivedAt}`,
  due_at: sql`coalesce(${dossiers.extendedDueAt}, ${dossiers.dueAt})`,
  finished_at: sql`${dossiers.finishedAt}`,
  returned_at: sql`${dossiers.returnedAt}`,
  state: sql`${dossiers.state}`,
  current_step: sql`case when ${dossiers.state} not in (${closed}) then ${dossiers.steps}->${dossiers.currentStep}->>'name' end`,
  handler: sql`${users.fullName}`,
  days_taken: sql`${dossiers.daysTaken}`,
  result: sql`${dossiers.result}`,
  fee_vnd: sql`${dossiers.feeVnd}`,
  paid: sql`${dossiers.paidAt} is not null`,
  paid_at: sql`${dossiers.paidAt}`,
  supplement_count: sql`${dossiers.supplementRequests}`,
  extended: sql`${dossiers.extended}`,
  result_method: sql`${dossiers.resultMethod}`,
  refusal_reason: sql`${dossiers.refusalReason}`,
  satisfaction: sql`${dossierRatings.satisfied}`,
};

type Row = Record<string, unknown>;

function iso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** A database value as the cell a person reads: Vietnamese labels for codes, ISO instants, numbers. */
function cellOf(criterion: Criterion, row: Row, calendar: WorkCalendar): Cell {
  const value = row[criterion];
  switch (criterion) {
    case 'channel':
      return value ? CHANNEL_LABELS[value as Channel] : null;
    case 'state':
      return value ? DOSSIER_STATE_LABELS[value as DossierState] : null;
    case 'result':
      return value ? ON_TIME_LABELS[value as OnTimeResult] : null;
    case 'result_method':
      return value ? RESULT_METHOD_LABELS[value as ResultMethod] : null;
    case 'satisfaction':
      return value === null || value === undefined ? null : value ? 'Hài lòng' : 'Chưa hài lòng';
    case 'days_taken': {
      // Fixed at the result; for a dossier still open, the working days so far.
      if (value !== null && value !== undefined) return Number(value);
      const received = row.__receivedAt;
      if (!received || row.__closed) return null;
      return workingDaysTaken(calendar, new Date(String(iso(received))), new Date(), []);
    }
    case 'received_at':
    case 'due_at':
    case 'finished_at':
    case 'returned_at':
    case 'paid_at':
      return iso(value);
    case 'fee_vnd':
    case 'supplement_count':
      return value === null || value === undefined ? null : Number(value);
    case 'paid':
    case 'extended':
      return Boolean(value);
    default:
      return value === null || value === undefined ? null : String(value);
  }
}

export function columnsOf(criteria: readonly Criterion[]): TableColumn[] {
  return criteria.map((key) => ({ key, ...CRITERION_INFO[key] }));
}

/**
 * The dossiers of a unit's subtree: a dossier counts for every unit that worked on it. Under the root, a unit's
 * subtree is a province (or ministry), which every dossier carries, so the test is one indexed column; deeper units
 * have small subtrees, tested against the units that worked on the dossier.
 */
export function dossierScope(unit: { id: string; path: string }, ids: readonly string[]): SQL {
  const depth = unit.path.split('/').filter(Boolean).length;
  if (depth === 1) return sql`true`;
  if (depth === 2) return eq(dossiers.provinceId, unit.id);
  return arrayOverlaps(dossiers.involvedUnitIds, [...ids]);
}

/** The dossiers a filter covers within the scope. */
export function whereOf(filter: StatisticsFilter, scope: { dossiers: SQL }, extra?: SQL): SQL {
  const conditions: SQL[] = [scope.dossiers];
  const date = DATE_SQL[filter.dateField];
  if (filter.from) conditions.push(sql`${date} >= ${vnInstant(filter.from, 0).toISOString()}::timestamptz`);
  if (filter.to)
    conditions.push(sql`${date} < ${vnInstant(addDays(filter.to, 1), 0).toISOString()}::timestamptz`);
  if (filter.receivingUnitId) conditions.push(eq(dossiers.receivingUnitId, filter.receivingUnitId));
  if (filter.currentUnitId) conditions.push(eq(dossiers.currentUnitId, filter.currentUnitId));
  if (filter.states) {
    conditions.push(
      filter.states.length
        ? sql`${dossiers.state} in (${sql.join(
            filter.states.map((s) => sql`${s}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  if (filter.channel) conditions.push(eq(dossiers.channel, filter.channel));
  if (filter.procedureCode) conditions.push(eq(dossiers.procedureCode, filter.procedureCode));
  if (filter.field) conditions.push(eq(procedureVersions.field, filter.field));
  if (filter.result) conditions.push(eq(dossiers.result, filter.result));
  if (filter.overdue === true) conditions.push(overdueNow);
  if (filter.overdue === false) conditions.push(sql`not (${overdueNow})`);
  if (filter.handlerId) conditions.push(eq(dossiers.assigneeId, filter.handlerId));
  if (filter.rating) conditions.push(eq(dossierRatings.satisfied, filter.rating === 'satisfied'));
  if (extra) conditions.push(extra);
  return sql.join(
    conditions.map((c) => sql`(${c})`),
    sql` and `,
  );
}

/** The joins every report reads through: the two units, the procedure version, the handler and the rating. */
export function fromDossiers(db: Executor, fields: Record<string, SQL>) {
  return db
    .select(fields)
    .from(dossiers)
    .innerJoin(receivingUnit, eq(receivingUnit.id, dossiers.receivingUnitId))
    .innerJoin(currentUnit, eq(currentUnit.id, dossiers.currentUnitId))
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .leftJoin(users, eq(users.id, dossiers.assigneeId))
    .leftJoin(dossierRatings, eq(dossierRatings.dossierId, dossiers.id));
}

export async function countDossiers(db: Executor, where: SQL): Promise<number> {
  const [row] = await fromDossiers(db, { n: sql<number>`count(*)::int` }).where(where);
  return Number(row?.n ?? 0);
}

function listFields(criteria: readonly Criterion[]) {
  const fields: Record<string, SQL> = {
    __id: sql`${dossiers.id}`,
    __sort: sql`${receivedDate}`,
    __receivedAt: sql`${dossiers.receivedAt}`,
    __closed: sql`${dossiers.state} in (${closed})`,
  };
  for (const c of criteria) fields[c] = CRITERION_SQL[c];
  return fields;
}

function listRow(criteria: readonly Criterion[], row: Row, calendar: WorkCalendar) {
  return {
    dossierId: String(row.__id),
    cells: Object.fromEntries(criteria.map((c) => [c, cellOf(c, row, calendar)])),
  };
}

/** One page of dossiers, newest first. */
export async function listPage(
  db: Executor,
  criteria: readonly Criterion[],
  where: SQL,
  page: { page: number; pageSize: number },
  calendar: WorkCalendar,
) {
  const rows = await fromDossiers(db, listFields(criteria))
    .where(where)
    .orderBy(desc(receivedDate), desc(dossiers.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return rows.map((row) => listRow(criteria, row, calendar));
}

/**
 * Every dossier a filter covers, newest first, in batches read by keyset (a page never skips or repeats a row), for
 * exports that must not hold the whole result in memory.
 */
export async function* listBatches(
  db: Executor,
  criteria: readonly Criterion[],
  where: SQL,
  calendar: WorkCalendar,
  batchSize = 1000,
) {
  let after: { sort: string; id: string } | null = null;
  for (;;) {
    const position: SQL | undefined = after
      ? sql`(${receivedDate}, ${dossiers.id}) < (${after.sort}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const rows = await fromDossiers(db, listFields(criteria))
      .where(position ? sql`${where} and ${position}` : where)
      .orderBy(desc(receivedDate), desc(dossiers.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows.map((row) => listRow(criteria, row, calendar));
    const last: Row | undefined = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { sort: String(iso(last.__sort)), id: String(last.__id) };
  }
}

type GroupSql = {
  key: SQL;
  label: SQL;
  drill: (key: string, filter: StatisticsFilter) => StatisticsFilter | undefined;
};

const monthOf = sql`to_char(${receivedDate} + interval '7 hours', 'YYYY-MM')`;

/** The first and last day of a month ('YYYY-MM'), within a window when one is given. */
export function monthRange(month: string, within?: { from?: string | undefined; to?: string | undefined }) {
  const [y, m] = month.split('-').map(Number);
  const first = `${month}-01`;
  const last = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).toISOString().slice(0, 10);
  return {
    from: within?.from && within.from > first ? within.from : first,
    to: within?.to && within.to < last ? within.to : last,
  };
}

function monthWindow(month: string, filter: StatisticsFilter): StatisticsFilter {
  return {
    ...filter,
    dateField: 'received',
    ...monthRange(month, filter.dateField === 'received' ? filter : undefined),
  };
}

const GROUP_SQL: Record<GroupBy, GroupSql> = {
  receiving_unit: {
    key: sql`${receivingUnit.id}::text`,
    label: sql`min(${receivingUnit.name})`,
    drill: (key, f) => ({ ...f, receivingUnitId: key }),
  },
  current_unit: {
    key: sql`${currentUnit.id}::text`,
    label: sql`min(${currentUnit.name})`,
    drill: (key, f) => ({ ...f, currentUnitId: key }),
  },
  procedure: {
    key: sql`${dossiers.procedureCode}`,
    label: sql`${dossiers.procedureCode} || ' – ' || min(${dossiers.procedureName})`,
    drill: (key, f) => ({ ...f, procedureCode: key }),
  },
  field: {
    key: sql`${procedureVersions.field}`,
    label: sql`${procedureVersions.field}`,
    drill: (key, f) => ({ ...f, field: key }),
  },
  channel: {
    key: sql`${dossiers.channel}`,
    label: sql`${dossiers.channel}`,
    drill: (key, f) => ({ ...f, channel: key as Channel }),
  },
  state: {
    key: sql`${dossiers.state}`,
    label: sql`${dossiers.state}`,
    drill: (key, f) => ({ ...f, states: [key as DossierState] }),
  },
  result: {
    key: sql`coalesce(${dossiers.result}, '')`,
    label: sql`coalesce(${dossiers.result}, '')`,
    drill: (key, f) => (key ? { ...f, result: key as OnTimeResult } : undefined),
  },
  handler: {
    key: sql`coalesce(${users.id}::text, '')`,
    label: sql`coalesce(min(${users.fullName}), '')`,
    drill: (key, f) => (key ? { ...f, handlerId: key } : undefined),
  },
  month: { key: monthOf, label: monthOf, drill: monthWindow },
};

function groupLabel(groupBy: GroupBy, label: string): string {
  if (groupBy === 'channel') return CHANNEL_LABELS[label as Channel] ?? label;
  if (groupBy === 'state') return DOSSIER_STATE_LABELS[label as DossierState] ?? label;
  if (groupBy === 'result') return label ? ON_TIME_LABELS[label as OnTimeResult] : 'Chưa có kết quả';
  if (groupBy === 'handler') return label || 'Chưa phân công';
  if (groupBy === 'month') return `Tháng ${label.slice(5)}/${label.slice(0, 4)}`;
  return label;
}

const count = (condition: SQL) => sql<number>`count(*) filter (where ${condition})::int`;

export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
}

type GroupColumn = keyof typeof GROUP_COLUMNS;
const GROUP_COLUMN_KEYS = Object.keys(GROUP_COLUMNS) as GroupColumn[];

type GroupRow = { key: string; label: string; fee_vnd: string | number } & Record<
  'count' | 'resolved' | 'early' | 'on_time' | 'late' | 'overdue_open' | 'online',
  number
>;

/** One row per group with the group's counts, busiest first; each row drills down to its dossiers. */
export async function groupTable(
  db: Executor,
  title: string,
  groupBy: GroupBy,
  filter: StatisticsFilter,
  where: SQL,
  page: { page: number; pageSize: number },
): Promise<StatisticsTable> {
  const group = GROUP_SQL[groupBy];
  const rows = (await fromDossiers(db, {
    key: group.key,
    label: group.label,
    count: sql<number>`count(*)::int`,
    resolved: count(sql`${dossiers.result} is not null`),
    early: count(sql`${dossiers.result} = 'early'`),
    on_time: count(sql`${dossiers.result} = 'on_time'`),
    late: count(sql`${dossiers.result} = 'late'`),
    overdue_open: count(overdueNow),
    online: count(sql`${dossiers.channel} = 'online'`),
    fee_vnd: sql<number>`coalesce(sum(${dossiers.feeVnd}), 0)::bigint`,
  })
    .where(where)
    .groupBy(group.key)
    .orderBy(sql`count(*) desc`, group.key)) as GroupRow[];
  const cellsOf = (r: GroupRow): Record<string, Cell> => ({
    group: groupLabel(groupBy, String(r.label)),
    count: r.count,
    resolved: r.resolved,
    early: r.early,
    on_time: r.on_time,
    late: r.late,
    on_time_share: share(r.early + r.on_time, r.resolved),
    overdue_open: r.overdue_open,
    online: r.online,
    fee_vnd: Number(r.fee_vnd),
  });
  const all = rows.map((r) => ({ cells: cellsOf(r), drill: group.drill(String(r.key), filter) }));
  const sum = (key: GroupColumn) => all.reduce((s, r) => s + Number(r.cells[key] ?? 0), 0);
  const totals: Record<string, Cell> = Object.fromEntries(GROUP_COLUMN_KEYS.map((k) => [k, sum(k)]));
  totals.group = 'Tổng cộng';
  totals.on_time_share = share(sum('early') + sum('on_time'), sum('resolved'));
  const start = (page.page - 1) * page.pageSize;
  return {
    title,
    columns: [
      { key: 'group', label: GROUP_BY_LABELS[groupBy], kind: 'text' },
      ...GROUP_COLUMN_KEYS.map((key) => ({ key, ...GROUP_COLUMNS[key] })),
    ],
    rows: all
      .slice(start, start + page.pageSize)
      .map(({ cells, drill }) => (drill ? { cells, drill } : { cells })),
    totals,
    total: all.length,
    page: page.page,
    pageSize: page.pageSize,
  };
}
