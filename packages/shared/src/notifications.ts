import { z } from 'zod';

export const NOTIFICATION_KINDS = ['dossier_due_soon', 'dossier_overdue'] as const;
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
