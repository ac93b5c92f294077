import {
  COUNTRYSIDE_LABELS,
  COUNTRYSIDE_RULES,
  computeIndex,
  indexRulesOn,
  type Countryside,
  type CountrysideCondition,
  type IndexFigure,
  type IndexMetric,
  type QualityIndex,
  type Ranking,
  type StatisticsItemPage,
  type UnitLevel,
} from '@motcua/shared';
import { and, asc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dossierRatings, dossiers, feedback, payments, procedureVersions, units } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { pageOf } from '../../lib/paging';
import { likeEscape } from '../../lib/sql';
import type { Officer } from '../../plugins/auth';
import { overdueNow } from './statistics.query';
import type { Scope, StatisticsService } from './statistics.service';
import type { Window } from '../reports/reports.figures';
import { between } from './statistics.summaries';

/** The counts each receiving unit contributes; every figure of the index and the criterion is a sum of them. */
const COUNTS = [
  'received',
  'received_online',
  'traceable',
  'digitised',
  'reused',
  'intake_logged',
  'resolved',
  'resolved_on_time',
  'resolved_late',
  'allowed_seconds',
  'taken_seconds',
  'electronic_results',
  'unsatisfied',
  'rated',
  'satisfied',
  'paid',
  'paid_online',
  'certified_copies',
  'overdue_open',
] as const;
type Count = (typeof COUNTS)[number];
type Figures = Record<Count, number> & {
  feedbackDue: number;
  feedbackOnTime: number;
  feedbackReceived: number;
  procedures: Map<string, { online: boolean; fee: boolean }>;
};

function emptyFigures(): Figures {
  return {
    ...(Object.fromEntries(COUNTS.map((c) => [c, 0])) as Record<Count, number>),
    feedbackDue: 0,
    feedbackOnTime: 0,
    feedbackReceived: 0,
    procedures: new Map(),
  };
}

const receivedIn = (w: Window) => between(sql`${dossiers.receivedAt}`, w);
const resolvedIn = (w: Window) =>
  sql`${dossiers.result} is not null and ${between(sql`${dossiers.finishedAt}`, w)}`;
const paidIn = (w: Window) => sql`${dossiers.feeVnd} > 0 and ${between(sql`${dossiers.paidAt}`, w)}`;

const paidOnline = sql`exists (select 1 from ${payments} p where p.dossier_id = ${dossiers.id} and p.method = 'online' and p.status = 'paid')`;
const signedResult = sql`exists (select 1 from dossier_files f where f.dossier_id = ${dossiers.id} and f.kind = 'result' and f.signature is not null)`;
const reusedFile = sql`exists (select 1 from dossier_files f where f.dossier_id = ${dossiers.id} and f.reused_from_file_id is not null)`;
/** Every component the applicant provided has its scan (digitised at intake). */
const digitised = sql`not exists (
  select 1 from jsonb_array_elements(${dossiers.components}) c
  where (c->>'provided')::boolean
    and not exists (select 1 from dossier_files f where f.dossier_id = ${dossiers.id} and f.kind = 'component' and f.component_index = (c->>'index')::int)
)`;
/** The dossier's present state is in its log, so that what the applicant tracks is what happened. */
const traceable = sql`exists (select 1 from dossier_events e where e.dossier_id = ${dossiers.id} and e.to_state = ${dossiers.state})`;
const intakeLogged = sql`exists (select 1 from dossier_events e where e.dossier_id = ${dossiers.id} and e.action in ('receive', 'submit', 'accept'))`;
const unsatisfied = sql`exists (select 1 from ${dossierRatings} r where r.dossier_id = ${dossiers.id} and not r.satisfied)`;
const certifiedCopy = sql`${procedureVersions.field} like ${`%${COUNTRYSIDE_RULES.certifiedCopyField}%`}`;
const feeBearing = sql`exists (select 1 from jsonb_array_elements(${procedureVersions.content}->'methods') m where coalesce((m->>'feeVnd')::bigint, 0) > 0)`;

/** The conditions behind each dossier figure: in the denominator, and (for the drill-down) not in the numerator. */
const LOWERED: Partial<Record<IndexMetric, (w: Window) => { where: SQL; reason: string }>> = {
  dossiers_traceable: (w) => ({
    where: sql`${receivedIn(w)} and not ${traceable}`,
    reason: 'Trạng thái hiện tại chưa được ghi nhật ký',
  }),
  resolved_on_time: (w) => ({
    where: sql`${resolvedIn(w)} and ${dossiers.result} = 'late'`,
    reason: 'Giải quyết quá hạn',
  }),
  processing_time: (w) => ({
    where: sql`${resolvedIn(w)} and ${dossiers.finishedAt} > ${dossiers.dueAt}`,
    reason: 'Thời gian giải quyết vượt thời hạn',
  }),
  received_online: (w) => ({
    where: sql`${receivedIn(w)} and ${dossiers.channel} <> 'online'`,
    reason: 'Nộp trực tiếp hoặc qua bưu chính',
  }),
  paid_online: (w) => ({
    where: sql`${paidIn(w)} and not ${paidOnline}`,
    reason: 'Nộp phí, lệ phí tại quầy',
  }),
  electronic_results: (w) => ({
    where: sql`${resolvedIn(w)} and not ${signedResult}`,
    reason: 'Không có kết quả điện tử được ký số',
  }),
  digitised: (w) => ({
    where: sql`${receivedIn(w)} and not ${digitised}`,
    reason: 'Thành phần hồ sơ chưa được số hóa',
  }),
  reused: (w) => ({
    where: sql`${receivedIn(w)} and not ${reusedFile}`,
    reason: 'Không khai thác dữ liệu đã số hóa',
  }),
  satisfaction: (w) => ({
    where: sql`${resolvedIn(w)} and (${dossiers.result} = 'late' or ${unsatisfied})`,
    reason: 'Quá hạn hoặc người dân chưa hài lòng',
  }),
};

function count(condition: SQL) {
  return sql<number>`count(*) filter (where ${condition})::int`;
}

function seconds(expression: SQL, condition: SQL) {
  return sql<number>`coalesce(sum(extract(epoch from ${expression})) filter (where ${condition}), 0)::float8`;
}

/** Per receiving unit within a subtree: the counts over the window, read in three grouped queries. */
async function figuresByUnit(db: Executor, scope: Scope, window: Window): Promise<Map<string, Figures>> {
  const inSubtree = like(units.path, `${likeEscape(scope.unit.path)}%`);
  const dossiersInSubtree = and(scope.dossiers, inSubtree);
  const resolved = resolvedIn(window);
  const [dossierRows, procedureRows, feedbackRows] = await Promise.all([
    db
      .select({
        unitId: dossiers.receivingUnitId,
        received: count(receivedIn(window)),
        received_online: count(sql`${receivedIn(window)} and ${dossiers.channel} = 'online'`),
        traceable: count(sql`${receivedIn(window)} and ${traceable}`),
        digitised: count(sql`${receivedIn(window)} and ${digitised}`),
        reused: count(sql`${receivedIn(window)} and ${reusedFile}`),
        intake_logged: count(sql`${receivedIn(window)} and ${intakeLogged}`),
        resolved: count(resolved),
        resolved_on_time: count(sql`${resolved} and ${dossiers.result} in ('early', 'on_time')`),
        resolved_late: count(sql`${resolved} and ${dossiers.result} = 'late'`),
        allowed_seconds: seconds(
          sql`coalesce(${dossiers.extendedDueAt}, ${dossiers.dueAt}) - ${dossiers.receivedAt}`,
          resolved,
        ),
        taken_seconds: seconds(sql`${dossiers.finishedAt} - ${dossiers.receivedAt}`, resolved),
        electronic_results: count(sql`${resolved} and ${signedResult}`),
        unsatisfied: count(sql`${resolved} and ${dossiers.result} <> 'late' and ${unsatisfied}`),
        rated: count(sql`${resolved} and ${dossierRatings.dossierId} is not null`),
        satisfied: count(sql`${resolved} and ${dossierRatings.satisfied}`),
        paid: count(paidIn(window)),
        paid_online: count(sql`${paidIn(window)} and ${paidOnline}`),
        certified_copies: count(sql`${resolved} and ${certifiedCopy} and ${signedResult}`),
        overdue_open: count(overdueNow),
      })
      .from(dossiers)
      .innerJoin(units, eq(units.id, dossiers.receivingUnitId))
      .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
      .leftJoin(dossierRatings, eq(dossierRatings.dossierId, dossiers.id))
      .where(and(dossiersInSubtree, or(receivedIn(window), resolved, paidIn(window), overdueNow)))
      .groupBy(dossiers.receivingUnitId),
    db
      .selectDistinct({
        unitId: dossiers.receivingUnitId,
        code: dossiers.procedureCode,
        online: sql<boolean>`${procedureVersions.onlineLevel} <> 'none'`,
        fee: sql<boolean>`${feeBearing}`,
      })
      .from(dossiers)
      .innerJoin(units, eq(units.id, dossiers.receivingUnitId))
      .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
      .where(and(dossiersInSubtree, receivedIn(window))),
    db
      .select({
        unitId: sql<string>`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId})`,
        received: count(
          sql`${between(sql`${feedback.createdAt}`, window)} and ${feedback.status} <> 'refused'`,
        ),
        due: count(
          sql`${between(sql`${feedback.handleDueAt}`, window)} and ${feedback.handleDueAt} <= now()`,
        ),
        onTime: count(
          sql`${between(sql`${feedback.handleDueAt}`, window)} and ${feedback.handleDueAt} <= now() and ${feedback.answeredAt} <= ${feedback.handleDueAt}`,
        ),
      })
      .from(feedback)
      .innerJoin(units, eq(units.id, sql`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId})`))
      .where(inSubtree)
      .groupBy(sql`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId})`),
  ]);
  const out = new Map<string, Figures>();
  const of = (id: string) => {
    const existing = out.get(id);
    if (existing) return existing;
    const created = emptyFigures();
    out.set(id, created);
    return created;
  };
  for (const { unitId, ...counts } of dossierRows) {
    const f = of(unitId);
    for (const c of COUNTS) f[c] = Number(counts[c]);
  }
  for (const r of procedureRows) {
    const f = of(r.unitId);
    const known = f.procedures.get(r.code);
    f.procedures.set(r.code, {
      online: Boolean(r.online) || Boolean(known?.online),
      fee: Boolean(r.fee) || Boolean(known?.fee),
    });
  }
  for (const r of feedbackRows) {
    const f = of(r.unitId);
    f.feedbackReceived = Number(r.received);
    f.feedbackDue = Number(r.due);
    f.feedbackOnTime = Number(r.onTime);
  }
  return out;
}

/** The figures of a unit: the sum over the receiving units in its subtree (procedures counted once). */
function rollUp(target: { id: string }, all: Map<string, Figures>, paths: Map<string, string>): Figures {
  const sum = emptyFigures();
  for (const [unitId, f] of all) {
    if (!paths.get(unitId)?.includes(`/${target.id}/`)) continue;
    for (const c of COUNTS) sum[c] += f[c];
    sum.feedbackDue += f.feedbackDue;
    sum.feedbackOnTime += f.feedbackOnTime;
    sum.feedbackReceived += f.feedbackReceived;
    for (const [code, p] of f.procedures) {
      const known = sum.procedures.get(code);
      sum.procedures.set(code, {
        online: p.online || Boolean(known?.online),
        fee: p.fee || Boolean(known?.fee),
      });
    }
  }
  return sum;
}

/** Nothing to score in the window: no dossier received, resolved or paid, no feedback due. */
function isIdle(f: Figures): boolean {
  return f.received + f.resolved + f.paid + f.feedbackDue === 0;
}

const ratio = (numerator: number, denominator: number): IndexFigure => ({ numerator, denominator });

function indexFigures(f: Figures): Record<IndexMetric, IndexFigure> {
  const procedures = [...f.procedures.values()];
  const feeBearingProcedures = procedures.filter((p) => p.fee);
  const days = (s: number) => Math.round((s / 86400) * 10) / 10;
  return {
    dossiers_traceable: ratio(f.traceable, f.received),
    resolved_on_time: ratio(f.resolved_on_time, f.resolved),
    // In days, so that a reader can check it: the time the law allowed against the time taken.
    processing_time: ratio(days(f.allowed_seconds), days(f.taken_seconds)),
    procedures_online: ratio(procedures.filter((p) => p.online).length, procedures.length),
    received_online: ratio(f.received_online, f.received),
    procedures_payable_online: ratio(
      feeBearingProcedures.filter((p) => p.online).length,
      feeBearingProcedures.length,
    ),
    paid_online: ratio(f.paid_online, f.paid),
    electronic_results: ratio(f.electronic_results, f.resolved),
    digitised: ratio(f.digitised, f.received),
    reused: ratio(f.reused, f.received),
    feedback_on_time: ratio(f.feedbackOnTime, f.feedbackDue),
    satisfaction: ratio(Math.max(0, f.resolved - f.resolved_late - f.unsatisfied), f.resolved),
  };
}

type UnitRef = { id: string; name: string; level: UnitLevel; path: string };

/** This quarter so far (the index is read by quarter). */
function quarterWindow(today: string): Window {
  const month = Number(today.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return { from: `${today.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to: today };
}

export function createQualityIndex(db: Executor, statistics: StatisticsService, today: () => string) {
  const windowOf = (q: { from?: string | undefined; to?: string | undefined }): Window => {
    const quarter = quarterWindow(q.to ?? today());
    return { from: q.from ?? quarter.from, to: q.to ?? quarter.to };
  };

  async function subtree(root: UnitRef) {
    return db
      .select({ id: units.id, name: units.name, level: units.level, path: units.path })
      .from(units)
      .where(and(like(units.path, `${likeEscape(root.path)}%`), isNull(units.validTo)))
      .orderBy(asc(units.path));
  }

  async function scoresOf(scope: Scope, targets: UnitRef[], window: Window) {
    const root = scope.unit;
    const [all, members] = await Promise.all([figuresByUnit(db, scope, window), subtree(root)]);
    const paths = new Map(members.map((u) => [u.id, u.path]));
    for (const id of all.keys()) if (!paths.has(id)) paths.set(id, '');
    const rules = indexRulesOn(window.from);
    return targets.map((unit) => {
      const figures = rollUp(unit, all, paths);
      return { unit, figures, index: computeIndex(rules, indexFigures(figures)) };
    });
  }

  const unitRef = ({ id, name, level }: UnitRef) => ({ id, name, level });

  return {
    async ranking(
      officer: Officer,
      query: { unitId?: string; level?: UnitLevel; from?: string; to?: string },
    ): Promise<Ranking> {
      const scope = await statistics.scopeOf(officer, query.unitId);
      const { unit } = scope;
      const window = windowOf(query);
      const members = (await subtree(unit)).filter((u) => u.id !== unit.id);
      const levels = [...new Set(members.map((u) => u.level))];
      const directLevel = members.find((u) => u.path === `${unit.path}${u.id}/`)?.level ?? null;
      const level = query.level ?? directLevel;
      const targets = members.filter((u) => u.level === level);
      const scored = (await scoresOf(scope, targets, window))
        .map((s) => ({ ...s, idle: isIdle(s.figures) }))
        .sort(
          (a, b) =>
            Number(a.idle) - Number(b.idle) ||
            b.index.total - a.index.total ||
            a.unit.name.localeCompare(b.unit.name, 'vi'),
        );
      let rank = 0;
      let previous: string | null = null;
      const items = scored.map((s, i) => {
        const standing = `${s.idle}:${s.index.total}`;
        if (standing !== previous) rank = i + 1;
        previous = standing;
        return {
          rank,
          idle: s.idle,
          unit: unitRef(s.unit),
          total: s.index.total,
          groups: Object.fromEntries(
            s.index.groups.map((g) => [g.key, g.score]),
          ) as Ranking['items'][number]['groups'],
        };
      });
      return { ...window, rulesVersion: indexRulesOn(window.from).version, level, levels, items };
    },

    async unit(
      officer: Officer,
      unitId: string,
      query: { from?: string; to?: string },
    ): Promise<QualityIndex> {
      const scope = await statistics.scopeOf(officer, unitId);
      const { unit } = scope;
      const window = windowOf(query);
      const [scored] = await scoresOf(scope, [unit], window);
      if (!scored) throw notFound();
      return { unit: unitRef(unit), ...window, ...scored.index };
    },

    /** The dossiers, feedback or procedures that kept an indicator below full points. */
    async lowered(
      officer: Officer,
      unitId: string,
      indicator: IndexMetric,
      query: { from?: string; to?: string; page: number; pageSize: number },
    ): Promise<StatisticsItemPage> {
      const { unit } = await statistics.scopeOf(officer, unitId);
      const window = windowOf(query);
      const inSubtree = like(units.path, `${likeEscape(unit.path)}%`);
      const offset = (query.page - 1) * query.pageSize;
      if (indicator === 'feedback_on_time') {
        const late = sql`${between(sql`${feedback.handleDueAt}`, window)} and ${feedback.handleDueAt} <= now() and (${feedback.answeredAt} is null or ${feedback.answeredAt} > ${feedback.handleDueAt})`;
        const where = and(inSubtree, late);
        const [rows, [counted]] = await Promise.all([
          db
            .select({
              id: feedback.id,
              code: feedback.code,
              title: feedback.title,
              unitName: units.name,
              answeredAt: feedback.answeredAt,
            })
            .from(feedback)
            .innerJoin(
              units,
              eq(units.id, sql`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId})`),
            )
            .where(where)
            .orderBy(asc(feedback.handleDueAt))
            .limit(query.pageSize)
            .offset(offset),
          db
            .select({ n: sql<number>`count(*)::int` })
            .from(feedback)
            .innerJoin(
              units,
              eq(units.id, sql`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId})`),
            )
            .where(where),
        ]);
        return pageOf(
          rows.map((r) => ({
            kind: 'feedback' as const,
            id: r.id,
            code: r.code,
            title: r.title,
            unitName: r.unitName,
            reason: r.answeredAt ? 'Trả lời quá hạn' : 'Quá hạn chưa trả lời',
          })),
          Number(counted?.n ?? 0),
          query,
        );
      }
      if (indicator === 'procedures_online' || indicator === 'procedures_payable_online') {
        const rows = await db
          .selectDistinct({
            code: dossiers.procedureCode,
            name: dossiers.procedureName,
            online: procedureVersions.onlineLevel,
          })
          .from(dossiers)
          .innerJoin(units, eq(units.id, dossiers.receivingUnitId))
          .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
          .where(
            and(
              inSubtree,
              receivedIn(window),
              sql`${procedureVersions.onlineLevel} = 'none'`,
              indicator === 'procedures_payable_online' ? feeBearing : undefined,
            ),
          )
          .orderBy(asc(dossiers.procedureCode));
        const unique = [...new Map(rows.map((r) => [r.code, r])).values()];
        return pageOf(
          unique.slice(offset, offset + query.pageSize).map((r) => ({
            kind: 'procedure' as const,
            id: r.code,
            code: r.code,
            title: r.name,
            unitName: null,
            reason: 'Chưa cung cấp dịch vụ công trực tuyến',
          })),
          unique.length,
          query,
        );
      }
      const lowered = LOWERED[indicator]?.(window);
      if (!lowered) return pageOf([], 0, query);
      const where = and(inSubtree, lowered.where);
      const base = () =>
        db
          .select({
            id: dossiers.id,
            code: dossiers.code,
            title: dossiers.procedureName,
            unitName: units.name,
          })
          .from(dossiers)
          .innerJoin(units, eq(units.id, dossiers.receivingUnitId))
          .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
          .leftJoin(dossierRatings, eq(dossierRatings.dossierId, dossiers.id))
          .where(where);
      const [rows, [counted]] = await Promise.all([
        base()
          .orderBy(sql`${dossiers.receivedAt} desc`, asc(dossiers.id))
          .limit(query.pageSize)
          .offset(offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(dossiers)
          .innerJoin(units, eq(units.id, dossiers.receivingUnitId))
          .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
          .leftJoin(dossierRatings, eq(dossierRatings.dossierId, dossiers.id))
          .where(where),
      ]);
      return pageOf(
        rows.map((r) => ({ kind: 'dossier' as const, ...r, reason: lowered.reason })),
        Number(counted?.n ?? 0),
        query,
      );
    },

    /** The new-countryside criterion for every commune under the unit, each condition with its evidence. */
    async countryside(
      officer: Officer,
      query: { unitId?: string; from?: string; to?: string },
    ): Promise<Countryside> {
      const scope = await statistics.scopeOf(officer, query.unitId);
      const { unit } = scope;
      const to = query.to ?? today();
      const window = { from: query.from ?? `${to.slice(0, 4)}-01-01`, to };
      const members = await subtree(unit);
      const communes = members.filter((u) => u.level === 'commune');
      const scored = await scoresOf(scope, communes, window);
      const pct = (n: number, d: number) =>
        d > 0 ? `${(Math.round((n / d) * 1000) / 10).toLocaleString('vi-VN')}%` : '—';
      return {
        ...window,
        rulesVersion: COUNTRYSIDE_RULES.version,
        items: scored.map(({ unit: commune, figures: f }) => {
          const checks: Record<CountrysideCondition, [boolean, string]> = {
            all_in_system: [
              f.received > 0 && f.intake_logged === f.received,
              `${f.intake_logged}/${f.received} hồ sơ có nhật ký tiếp nhận trên hệ thống`,
            ],
            online_share: [
              f.received > 0 && f.received_online / f.received >= COUNTRYSIDE_RULES.onlineShare,
              `${f.received_online}/${f.received} hồ sơ trực tuyến (${pct(f.received_online, f.received)})`,
            ],
            electronic_certified_copies: [
              f.certified_copies > 0,
              `${f.certified_copies} bản sao chứng thực điện tử đã cấp`,
            ],
            no_feedback: [f.feedbackReceived === 0, `${f.feedbackReceived} phản ánh, kiến nghị trong kỳ`],
            no_overdue: [
              f.resolved_late === 0 && f.overdue_open === 0,
              `${f.resolved_late} hồ sơ giải quyết quá hạn, ${f.overdue_open} hồ sơ đang quá hạn`,
            ],
            satisfaction_good: [
              f.rated > 0 && f.satisfied / f.rated >= COUNTRYSIDE_RULES.satisfiedShare,
              f.rated > 0
                ? `${f.satisfied}/${f.rated} lượt đánh giá hài lòng (${pct(f.satisfied, f.rated)})`
                : 'Chưa có lượt đánh giá',
            ],
          };
          const conditions = (Object.keys(checks) as CountrysideCondition[]).map((key) => ({
            key,
            label: COUNTRYSIDE_LABELS[key],
            met: checks[key][0],
            evidence: checks[key][1],
          }));
          return { unit: unitRef(commune), met: conditions.every((c) => c.met), conditions };
        }),
      };
    },
  };
}
