import { z } from 'zod';

export const NOTIFICATION_KINDS = ['dossier_due_soon', 'dossier_overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The response of GET /notifications and of both "mark read" calls. @motcua/shared has no schema for it yet (the
 * API declares it in its notifications routes); it belongs there, and this copy should then import it.
 */
export const NotificationsSchema = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(NOTIFICATION_KINDS),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});
export type Notifications = z.infer<typeof NotificationsSchema>;
export type Notice = Notifications['items'][number];

/** Where the SPA is mounted: the router's basename, which notice links carry because e-mails use them too. */
const BASE_PATH = '/admin';

/**
 * A notice's link as a route inside the SPA, or null when it points elsewhere. The API writes absolute paths
 * (`/admin/dossiers/{id}`) so the same link works in an e-mail; the router wants them without its basename.
 */
export function routeOf(link: string | null): string | null {
  if (!link) return null;
  if (link === BASE_PATH || link === `${BASE_PATH}/`) return '/';
  if (!link.startsWith(`${BASE_PATH}/`)) return null;
  return link.slice(BASE_PATH.length);
}

/** Unread first, then overdue before due soon, then newest first: what needs acting on comes to the top. */
export function orderNotices(items: readonly Notice[]): Notice[] {
  const rank = (notice: Notice) => (notice.read ? 2 : 0) + (notice.kind === 'dossier_overdue' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

/** The badge stays two characters wide; the exact number is in the button's accessible name. */
export function badgeCount(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}
