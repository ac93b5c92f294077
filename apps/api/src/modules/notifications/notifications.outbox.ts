import { formatVnDate, type NotificationKind, type OutboxChannel, type Role, vnDate } from '@motcua/shared';
import { and, arrayOverlaps, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications, outbox, users } from '../../db/schema';
import type { DossierRow } from '../dossiers/dossiers.repository';

export type Message = {
  channel: OutboxChannel;
  recipient: string;
  template: string;
  subject: string;
  text: string;
  /** Makes a repeated enqueue of the same message a no-op. */
  dedupeKey?: string;
};

/** Queues a message in the caller's transaction: it leaves only if the change that caused it commits. */
export async function enqueue(tx: Executor, message: Message) {
  const { subject, text, ...rest } = message;
  await tx
    .insert(outbox)
    .values({ ...rest, payload: { subject, text } })
    .onConflictDoNothing();
}

/** Where to reach a person: e-mail when given, SMS otherwise; nothing when neither. */
export function contactOf(person: { email: string | null; phone: string | null }) {
  if (person.email) return { channel: 'email' as const, recipient: person.email };
  if (person.phone) return { channel: 'sms' as const, recipient: person.phone };
  return undefined;
}

type DossierNews = {
  template: string;
  subject: string;
  lines: string[];
};

/** What the applicant is told at each turn of their dossier that concerns them. */
export function dossierNews(
  action: string,
  row: Pick<DossierRow, 'code' | 'procedureName' | 'dueAt' | 'refusalReason'>,
  details: { items?: string[]; comment?: string | null },
): DossierNews | undefined {
  const due = row.dueAt ? formatVnDate(vnDate(row.dueAt)) : null;
  const about = `Hồ sơ ${row.code} (${row.procedureName})`;
  switch (action) {
    case 'submit':
      return {
        template: 'dossier_submitted',
        subject: `Đã nộp hồ sơ ${row.code}`,
        lines: [`${about} đã được gửi và đang chờ cơ quan tiếp nhận.`],
      };
    case 'accept':
    case 'receive':
      return {
        template: 'dossier_received',
        subject: `Hồ sơ ${row.code} đã được tiếp nhận`,
        lines: [`${about} đã được tiếp nhận.`, ...(due ? [`Ngày hẹn trả kết quả: ${due}.`] : [])],
      };
    case 'request_supplement':
      return {
        template: 'dossier_supplement_requested',
        subject: `Hồ sơ ${row.code} cần bổ sung`,
        lines: [
          `${about} cần bổ sung, hoàn thiện các giấy tờ sau:`,
          ...(details.items ?? []).map((item) => `- ${item}`),
          ...(details.comment ? [`Ghi chú của cán bộ: ${details.comment}`] : []),
          'Thời gian chờ bổ sung không tính vào thời hạn giải quyết.',
        ],
      };
    case 'refuse':
      return {
        template: 'dossier_refused',
        subject: `Hồ sơ ${row.code} bị từ chối`,
        lines: [`${about} bị từ chối giải quyết.`, `Lý do: ${row.refusalReason ?? details.comment ?? ''}`],
      };
    case 'sign':
      return {
        template: 'dossier_result_ready',
        subject: `Hồ sơ ${row.code} đã có kết quả`,
        lines: [`${about} đã có kết quả, chờ trả.`],
      };
    case 'return_result':
      return {
        template: 'dossier_result_returned',
        subject: `Đã trả kết quả hồ sơ ${row.code}`,
        lines: [
          `${about} đã được trả kết quả.`,
          'Kết quả điện tử (nếu có) được lưu trong mục Giấy tờ của tôi. Mời bạn đánh giá mức độ hài lòng.',
        ],
      };
    case 'extend':
      return {
        template: 'dossier_delayed',
        subject: `Xin lỗi về việc chậm trả kết quả hồ sơ ${row.code}`,
        lines: [
          `Cơ quan giải quyết xin lỗi vì ${about} chưa có kết quả đúng hẹn.`,
          ...(details.comment ? [`Lý do: ${details.comment}`] : []),
          ...(due ? [`Ngày hẹn mới: ${due}.`] : []),
        ],
      };
    case 'overdue':
      return {
        template: 'dossier_overdue',
        subject: `Hồ sơ ${row.code} đã quá hạn giải quyết`,
        lines: [
          `${about} đã quá ngày hẹn trả kết quả${due ? ` (${due})` : ''}.`,
          'Cơ quan giải quyết sẽ gửi thư xin lỗi và hẹn lại ngày trả kết quả.',
        ],
      };
    case 'stop':
      return {
        template: 'dossier_stopped',
        subject: `Dừng giải quyết hồ sơ ${row.code}`,
        lines: [`${about} đã được dừng giải quyết theo đề nghị của bạn.`],
      };
    default:
      return undefined;
  }
}

/** Where the applicant follows a dossier: their account's page of it, or public tracking by code. */
export function followLink(publicUrl: string, row: Pick<DossierRow, 'id' | 'code' | 'citizenId'>) {
  return row.citizenId
    ? `${publicUrl}/ho-so-cua-toi/${row.id}`
    : `${publicUrl}/tra-cuu/${encodeURIComponent(row.code)}`;
}

/** Queues the applicant's message about their dossier, with a link to follow it. */
export async function notifyApplicant(
  tx: Executor,
  row: Pick<DossierRow, 'id' | 'code' | 'procedureName' | 'dueAt' | 'refusalReason' | 'applicant'>,
  action: string,
  details: { items?: string[]; comment?: string | null; eventKey: string; link: string },
) {
  const news = dossierNews(action, row, details);
  const contact = contactOf(row.applicant);
  if (!news || !contact) return;
  await enqueue(tx, {
    ...contact,
    template: news.template,
    subject: news.subject,
    text: [...news.lines, `Theo dõi hồ sơ: ${details.link}`].join('\n'),
    dedupeKey: `dossier:${row.id}:${details.eventKey}`,
  });
}

/**
 * An in-app notice to the officers of `unitId` holding one of `roles` (and to `userIds`), shown again as unread
 * when the same subject comes back (a second supplement, a new question).
 */
export async function notifyOfficers(
  tx: Executor,
  target: { unitId: string; roles: Role[]; userIds?: string[] },
  notice: { kind: NotificationKind; subjectId: string; title: string; body: string; link: string },
) {
  const recipients = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.status, 'active'),
        or(
          and(eq(users.unitId, target.unitId), arrayOverlaps(users.roles, target.roles)),
          ...(target.userIds ?? []).map((id) => eq(users.id, id)),
        ),
      ),
    );
  for (const recipient of recipients) {
    await tx
      .insert(notifications)
      .values({ userId: recipient.id, ...notice })
      .onConflictDoUpdate({
        target: [notifications.userId, notifications.kind, notifications.subjectId],
        set: { title: notice.title, body: notice.body, createdAt: sql`now()`, readAt: null },
      });
  }
}
