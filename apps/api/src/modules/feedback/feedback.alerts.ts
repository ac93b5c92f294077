import { FEEDBACK_DEADLINE_LABELS } from '@motcua/shared';
import { and, arrayOverlaps, eq, isNull, lt, notInArray, or } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { captchaSpent, feedback, notifications, users } from '../../db/schema';
import { createFeedbackRepository, HANDLER_ROLES } from './feedback.repository';
import { nextDeadline } from './feedback.service';

/**
 * Warns the unit holding a feedback when its nearest deadline falls within a day, and again once it has passed:
 * one notice of each kind per officer and feedback, so repeated scans stay quiet.
 */
export async function scanFeedbackDeadlines(db: Database, now = new Date()) {
  const horizon = new Date(now.getTime() + 86_400_000);
  const running = await db
    .select()
    .from(feedback)
    .where(
      and(
        notInArray(feedback.status, ['published', 'refused', 'awaiting_info']),
        or(
          and(isNull(feedback.classifiedAt), lt(feedback.refuseDueAt, horizon)),
          and(isNull(feedback.answeredAt), lt(feedback.handleDueAt, horizon)),
          and(isNull(feedback.publishedAt), lt(feedback.publishDueAt, horizon)),
        ),
      ),
    )
    .limit(5000);
  let created = 0;
  for (const row of running) {
    const deadline = nextDeadline(row, now);
    if (!deadline || deadline.state === 'open') continue;
    const overdue = deadline.state === 'overdue';
    const intake = row.status === 'new' || row.status === 'supplemented';
    const holder = intake ? row.receivingUnitId : (row.handlingUnitId ?? row.receivingUnitId);
    const officers = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.unitId, holder), eq(users.status, 'active'), arrayOverlaps(users.roles, HANDLER_ROLES)),
      );
    if (officers.length === 0) continue;
    const label = FEEDBACK_DEADLINE_LABELS[deadline.kind].toLowerCase();
    const inserted = await db
      .insert(notifications)
      .values(
        officers.map((officer) => ({
          userId: officer.id,
          kind: overdue ? ('feedback_overdue' as const) : ('feedback_due_soon' as const),
          subjectId: row.id,
          title: `Phản ánh ${row.code} ${overdue ? 'đã quá' : 'sắp đến'} ${label}`,
          body: row.title,
          link: `/admin/feedback/${row.id}`,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    created += inserted.length;
  }
  return { scanned: running.length, created };
}

/** Forgets spent captchas that have expired anyway and attachments staged a day ago but never submitted. */
export async function sweepFeedbackStaging(db: Database, now = new Date()) {
  await db.delete(captchaSpent).where(lt(captchaSpent.expiresAt, now));
  await createFeedbackRepository(db).dropUnclaimed(new Date(now.getTime() - 86_400_000));
}
