import { z } from 'zod';
import { PageQuerySchema, pageSchema } from './common';

export const NOTIFICATION_KINDS = [
  'dossier_due_soon',
  'dossier_overdue',
  'dossier_stop_requested',
  'dossier_supplemented',
  'question_asked',
  'feedback_received',
  'feedback_approval',
  'feedback_due_soon',
  'feedback_overdue',
  'report_period_issued',
  'report_returned',
  'report_due_soon',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The officer's notices: the response of GET /notifications and of the "mark read" calls. */
export const NotificationsSchema = z
  .object({
    unread: z.number().int(),
    items: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(NOTIFICATION_KINDS),
        title: z.string(),
        body: z.string(),
        /** An absolute path into the admin SPA, so that the same link works in an e-mail. */
        link: z.string().nullable(),
        createdAt: z.string(),
        read: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Notifications' });
export type Notifications = z.infer<typeof NotificationsSchema>;

// ---- outgoing messages (e-mail, SMS) ---------------------------------------------------------------------------

export const OUTBOX_CHANNELS = ['email', 'sms'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: 'Chờ gửi',
  sent: 'Đã gửi',
  failed: 'Gửi lỗi',
};
/** How a message left: through the SMTP server, the SMS provider, or into the local mailbox when none is set. */
export const TRANSPORTS = ['smtp', 'sms_provider', 'mailbox'] as const;
export type Transport = (typeof TRANSPORTS)[number];
export const TRANSPORT_LABELS: Record<Transport, string> = {
  smtp: 'Máy chủ thư (SMTP)',
  sms_provider: 'Nhà cung cấp SMS',
  mailbox: 'Hộp thư nội bộ',
};

/** Every delivery attempt ends in the log; the admin reads the local mailbox from the same list. */
export const OutboxMessageSchema = z
  .object({
    id: z.uuid(),
    channel: z.enum(OUTBOX_CHANNELS),
    recipient: z.string(),
    template: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(OUTBOX_STATUSES),
    transport: z.enum(TRANSPORTS).nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export const OutboxPageSchema = pageSchema(OutboxMessageSchema);
export const OutboxQuerySchema = PageQuerySchema.extend({
  status: z.enum(OUTBOX_STATUSES).optional(),
  channel: z.enum(OUTBOX_CHANNELS).optional(),
  transport: z.enum(TRANSPORTS).optional(),
  q: z.string().trim().max(200).optional().describe('Recipient or subject'),
});
