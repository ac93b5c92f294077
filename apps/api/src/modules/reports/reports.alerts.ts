import { addDays, formatVnDate } from '@motcua/shared';
import { and, arrayOverlaps, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { notifications, reportPeriods, reports, units, users } from '../../db/schema';
import { participantsOf } from './reports.service';

/** Days before the entry deadline when units that have not sent their forms up are reminded. */
const REMIND_DAYS = 2;

/**
 * Reminds the entry and approval accounts of every unit that has not yet sent a form of an issued period up, once
 * per period, when its entry deadline is at most two days away.
 */
export async function scanReportDeadlines(db: Database, today: string) {
  const periods = await db
    .select()
    .from(reportPeriods)
    .where(
      and(
        eq(reportPeriods.status, 'issued'),
        gte(reportPeriods.entryDeadline, today),
        lte(reportPeriods.entryDeadline, addDays(today, REMIND_DAYS)),
      ),
    );
  let created = 0;
  for (const period of periods) {
    const [issuer] = await db.select().from(units).where(eq(units.id, period.issuerUnitId));
    if (!issuer) continue;
    const participants = await participantsOf(db, period, issuer.path);
    const sent = await db
      .select({ unitId: reports.unitId, templateId: reports.templateId })
      .from(reports)
      .where(and(eq(reports.periodId, period.id), inArray(reports.status, ['submitted', 'accepted'])));
    const late = participants.filter((p) =>
      period.templateIds.some((t) => !sent.some((s) => s.unitId === p.id && s.templateId === t)),
    );
    if (late.length === 0) continue;
    const recipients = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          inArray(
            users.unitId,
            late.map((p) => p.id),
          ),
          eq(users.status, 'active'),
          arrayOverlaps(users.roles, ['report_entry', 'report_approver']),
        ),
      );
    const rows = recipients.map((r) => ({
      userId: r.id,
      kind: 'report_due_soon' as const,
      subjectId: period.id,
      title: `Sắp hết hạn báo cáo: ${period.name}`,
      body: `Hạn gửi báo cáo ngày ${formatVnDate(period.entryDeadline)}.`,
      link: `/admin/reports/${period.id}`,
    }));
    if (rows.length === 0) continue;
    const inserted = await db
      .insert(notifications)
      .values(rows)
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    created += inserted.length;
  }
  return { scanned: periods.length, created };
}
