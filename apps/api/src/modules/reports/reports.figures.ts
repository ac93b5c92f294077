import { vnInstant, addDays, type ReportMetric, type ReportValues } from '@motcua/shared';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dossiers, feedback, procedureVersions } from '../../db/schema';

/** A window of dates, both ends included. */
export type Window = { from: string; to: string };

export type DossierMetric = Exclude<ReportMetric, `feedback_${string}`>;

/**
 * The system's own figures over a window, as columns to aggregate: what was received (online, direct or by post,
 * carried over from before the window), resolved (early, on time, late) and still in hand at the end of the window
 * (within or past the deadline). The national index compares reported numbers with these.
 */
export function dossierFigureFields(window: Window): Record<DossierMetric, SQL<number>> {
  const start = vnInstant(window.from, 0).toISOString();
  const endInstant = vnInstant(addDays(window.to, 1), 0);
  const end = endInstant.toISOString();
  // In a window still under way, "overdue" means overdue today, not by the window's end.
  const reference = new Date(Math.min(endInstant.getTime(), Date.now())).toISOString();
  const received = sql`${dossiers.receivedAt}`;
  const finished = sql`${dossiers.finishedAt}`;
  const inWindow = sql`${received} >= ${start}::timestamptz and ${received} < ${end}::timestamptz`;
  const before = sql`${received} < ${start}::timestamptz and (${finished} is null or ${finished} >= ${start}::timestamptz)`;
  const resolvedIn = sql`${finished} >= ${start}::timestamptz and ${finished} < ${end}::timestamptz`;
  const inHand = sql`${received} < ${end}::timestamptz and (${finished} is null or ${finished} >= ${end}::timestamptz) and ${dossiers.state} not in ('withdrawn', 'stopped')`;
  const count = (condition: SQL) =>
    sql<number>`count(*) filter (where ${received} is not null and ${condition})::int`;
  return {
    received_online: count(sql`${inWindow} and ${dossiers.channel} = 'online'`),
    received_direct: count(sql`${inWindow} and ${dossiers.channel} <> 'online'`),
    carried_over: count(before),
    resolved_early: count(sql`${resolvedIn} and ${dossiers.result} = 'early'`),
    resolved_on_time: count(sql`${resolvedIn} and ${dossiers.result} = 'on_time'`),
    resolved_late: count(sql`${resolvedIn} and ${dossiers.result} = 'late'`),
    pending_within: count(
      sql`${inHand} and (${dossiers.dueAt} is null or ${dossiers.dueAt} >= ${reference}::timestamptz)`,
    ),
    pending_overdue: count(sql`${inHand} and ${dossiers.dueAt} < ${reference}::timestamptz`),
  };
}

/** The system's figures for a unit's rows in a window, per procedure field. */
export async function dossierFigures(db: Executor, unitId: string, window: Window): Promise<ReportValues> {
  const rows = await db
    .select({ field: procedureVersions.field, ...dossierFigureFields(window) })
    .from(dossiers)
    .innerJoin(procedureVersions, eq(procedureVersions.id, dossiers.procedureVersionId))
    .where(and(eq(dossiers.receivingUnitId, unitId), sql`${dossiers.receivedAt} is not null`))
    .groupBy(procedureVersions.field);
  return Object.fromEntries(rows.map(({ field, ...figures }) => [field, figures]));
}

/** The unit's feedback in the window, as one row keyed by the unit: received, answered on time or late, refused. */
export async function feedbackFigures(db: Executor, unitId: string, window: Window): Promise<ReportValues> {
  const start = vnInstant(window.from, 0).toISOString();
  const end = vnInstant(addDays(window.to, 1), 0).toISOString();
  const count = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})::int`;
  const [row] = await db
    .select({
      feedback_received: count(sql`true`),
      feedback_answered_on_time: count(sql`${feedback.answeredAt} <= ${feedback.handleDueAt}`),
      feedback_answered_late: count(sql`${feedback.answeredAt} > ${feedback.handleDueAt}`),
      feedback_refused: count(sql`${feedback.status} = 'refused'`),
      feedback_pending: count(sql`${feedback.answeredAt} is null and ${feedback.status} <> 'refused'`),
    })
    .from(feedback)
    .where(
      and(
        sql`coalesce(${feedback.handlingUnitId}, ${feedback.receivingUnitId}) = ${unitId}`,
        sql`${feedback.createdAt} >= ${start}::timestamptz and ${feedback.createdAt} < ${end}::timestamptz`,
      ),
    );
  return row && row.feedback_received > 0 ? { [unitId]: row } : {};
}
