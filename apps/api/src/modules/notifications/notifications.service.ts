import {
  addDays,
  CLOSED_STATES,
  DEFAULT_OFFICE_HOURS,
  formatVnDate,
  nextWorkingDay,
  PHASE_ROLE,
  vnDate,
  vnInstant,
  type Role,
} from '@motcua/shared';
import { and, arrayOverlaps, desc, eq, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { dossiers, notifications, users } from '../../db/schema';
import { notFound } from '../../lib/errors';
import type { Officer } from '../../plugins/auth';
import { loadCalendar } from '../calendar/calendar.service';
import { scanFeedbackDeadlines, sweepFeedbackStaging } from '../feedback/feedback.alerts';
import { scanReportDeadlines } from '../reports/reports.alerts';
import { enqueue, followLink, notifyApplicant } from './notifications.outbox';

type Kind = (typeof notifications.$inferInsert)['kind'];

const NOT_RUNNING = [...CLOSED_STATES, 'waiting_online_intake', 'waiting_supplement'] as const;

export function createNotificationsService(db: Database, publicUrl = '') {
  return {
    /**
     * Finds dossiers due by the close of the next working day, or already overdue, and notifies the officer holding
     * each one and the heads of its current unit, once per officer and dossier (in-app, and by e-mail through the
     * outbox when the officer has an address), and tells the applicant of an overdue dossier once. Safe to run on
     * several instances at once.
     */
    async scanDueAlerts(now = new Date()) {
      const calendar = await loadCalendar(db, addDays(vnDate(now), -1), addDays(vnDate(now), 30));
      const horizon = vnInstant(
        nextWorkingDay(calendar, vnDate(now)),
        DEFAULT_OFFICE_HOURS.at(-1)?.end ?? 17 * 60,
      );
      const due = await db
        .select({
          id: dossiers.id,
          code: dossiers.code,
          procedureName: dossiers.procedureName,
          dueAt: dossiers.dueAt,
          currentUnitId: dossiers.currentUnitId,
          assigneeId: dossiers.assigneeId,
          steps: dossiers.steps,
          currentStep: dossiers.currentStep,
          applicant: dossiers.applicant,
          citizenId: dossiers.citizenId,
          refusalReason: dossiers.refusalReason,
        })
        .from(dossiers)
        .where(and(notInArray(dossiers.state, [...NOT_RUNNING]), lt(dossiers.dueAt, horizon)))
        .limit(5000);
      let created = 0;
      for (const dossier of due) {
        if (!dossier.dueAt) continue;
        const overdue = dossier.dueAt < now;
        const kind: Kind = overdue ? 'dossier_overdue' : 'dossier_due_soon';
        const phaseRole = dossier.steps[dossier.currentStep]?.phase;
        const roles: Role[] = ['division_head', ...(phaseRole ? [PHASE_ROLE[phaseRole]] : [])];
        const recipients = await db
          .select({ id: users.id, email: users.email })
          .from(users)
          .where(
            and(
              eq(users.status, 'active'),
              sql`(${users.id} = ${dossier.assigneeId ?? null} or (${users.unitId} = ${dossier.currentUnitId} and ${arrayOverlaps(users.roles, roles)}))`,
            ),
          );
        const title = overdue ? `Hồ sơ ${dossier.code} đã quá hạn` : `Hồ sơ ${dossier.code} sắp đến hạn`;
        const body = `${dossier.procedureName} — hạn trả kết quả ${formatVnDate(vnDate(dossier.dueAt))}.`;
        await db.transaction(async (tx) => {
          // The applicant hears of the delay once; the agency's apology and new date follow (Mẫu 04).
          if (overdue) {
            await notifyApplicant(tx, dossier, 'overdue', {
              eventKey: 'overdue',
              link: followLink(publicUrl, dossier),
            });
          }
          for (const recipient of recipients) {
            const [inserted] = await tx
              .insert(notifications)
              .values({
                userId: recipient.id,
                kind,
                subjectId: dossier.id,
                title,
                body,
                link: `/admin/dossiers/${dossier.id}`,
              })
              .onConflictDoNothing()
              .returning({ id: notifications.id });
            if (!inserted) continue;
            created++;
            if (recipient.email) {
              await enqueue(tx, {
                channel: 'email',
                recipient: recipient.email,
                template: kind,
                subject: title,
                text: body,
                dedupeKey: `notification:${inserted.id}`,
              });
            }
          }
        });
      }
      // Citizen feedback has its own clock (domain §6).
      const feedback = await scanFeedbackDeadlines(db, now);
      await sweepFeedbackStaging(db, now);
      const reports = await scanReportDeadlines(db, vnDate(now));
      return {
        scanned: due.length + feedback.scanned + reports.scanned,
        created: created + feedback.created + reports.created,
      };
    },

    async mine(officer: Officer) {
      const items = await db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, officer.id))
        .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt))
        .limit(100);
      const unread = items.filter((n) => n.readAt === null).length;
      return {
        unread,
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
      };
    },

    async markRead(officer: Officer, id: string | 'all') {
      const rows = await db
        .update(notifications)
        .set({ readAt: new Date() })
        .where(
          and(
            eq(notifications.userId, officer.id),
            isNull(notifications.readAt),
            id === 'all' ? undefined : eq(notifications.id, id),
          ),
        )
        .returning({ id: notifications.id });
      if (id !== 'all' && rows.length === 0) {
        const [exists] = await db
          .select({ id: notifications.id })
          .from(notifications)
          .where(and(eq(notifications.id, id), eq(notifications.userId, officer.id)));
        if (!exists) throw notFound('Không tìm thấy thông báo');
      }
      return this.mine(officer);
    },
  };
}
