import type { NotificationKind, Notifications } from '@motcua/shared';

export {
  NOTIFICATION_KINDS,
  NotificationsSchema,
  type NotificationKind,
  type Notifications,
} from '@motcua/shared';
export type Notice = Notifications['items'][number];

/** How loud a notice is: the colour of its bar and badge in the bell. */
export type NoticeTone = 'danger' | 'warning' | 'info';

const TONES: Record<NotificationKind, NoticeTone> = {
  dossier_overdue: 'danger',
  dossier_due_soon: 'warning',
  // The citizen waits for the unit to stop the dossier (or refuse to): an action, not just news.
  dossier_stop_requested: 'warning',
  dossier_supplemented: 'info',
  question_asked: 'info',
  feedback_received: 'info',
  // A leader's answer to approve holds the citizen's reply up.
  feedback_approval: 'warning',
  feedback_due_soon: 'warning',
  feedback_overdue: 'danger',
  report_period_issued: 'info',
  report_returned: 'warning',
  report_due_soon: 'warning',
};

export function noticeTone(kind: NotificationKind): NoticeTone {
  return TONES[kind];
}

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

/**
 * Unread first, then overdue before the rest, then newest first: what needs acting on comes to the top, and a
 * citizen's new request or question is not buried under older due-date notices.
 */
export function orderNotices(items: readonly Notice[]): Notice[] {
  const rank = (notice: Notice) => (notice.read ? 2 : 0) + (noticeTone(notice.kind) === 'danger' ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
}

/** The badge stays two characters wide; the exact number is in the button's accessible name. */
export function badgeCount(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}
