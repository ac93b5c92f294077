import { vnDate, type DeadlineState, type FeedbackDeadline } from '@motcua/shared';
import { texts } from '../../../config/i18n';

export type DeadlineTone = 'success' | 'warning' | 'danger';
export type DeadlineStatus = { text: string; tone: DeadlineTone; state: DeadlineState };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole calendar days between two Vietnam dates (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * "Còn 2 ngày" / "Quá hạn 1 ngày", counted in Vietnam calendar days so that a deadline at 17:00 tomorrow reads
 * "Còn 1 ngày" whatever the hour now; on the day itself the hours (or minutes) are shown.
 */
export function countdownText(dueAt: Date, now: Date): string {
  const t = texts.feedback.due;
  const left = dueAt.getTime() - now.getTime();
  const days = daysBetween(vnDate(now), vnDate(dueAt));
  if (left < 0) {
    if (days <= -1) return t.overdueDays(-days);
    return t.overdueHours(Math.max(1, Math.floor(-left / HOUR)));
  }
  if (days >= 1) return t.remainingDays(days);
  if (left >= HOUR) return t.remainingHours(Math.floor(left / HOUR));
  return t.remainingMinutes(Math.max(1, Math.ceil(left / MINUTE)));
}

/**
 * The deadline's state as the server computed it, except that a running deadline whose time has passed while
 * the page stayed open is overdue now: the colour must not say "on time" beside "Quá hạn".
 */
export function liveState(
  deadline: Pick<FeedbackDeadline, 'dueAt' | 'doneAt' | 'state'>,
  now: Date,
): DeadlineState {
  if (deadline.doneAt || deadline.state === 'met' || deadline.state === 'missed') return deadline.state;
  const due = new Date(deadline.dueAt);
  if (!Number.isNaN(due.getTime()) && now > due) return 'overdue';
  return deadline.state;
}

const TONES: Record<DeadlineState, DeadlineTone> = {
  open: 'success',
  due_soon: 'warning',
  overdue: 'danger',
  met: 'success',
  missed: 'danger',
};

/** What a deadline's badge says and how it is coloured: the countdown while it runs, the outcome once done. */
export function deadlineStatus(
  deadline: Pick<FeedbackDeadline, 'dueAt' | 'doneAt' | 'state'>,
  now: Date,
): DeadlineStatus {
  const state = liveState(deadline, now);
  const tone = TONES[state];
  if (state === 'met') return { text: texts.feedback.due.met, tone, state };
  if (state === 'missed') return { text: texts.feedback.due.missed, tone, state };
  const due = new Date(deadline.dueAt);
  if (Number.isNaN(due.getTime())) return { text: deadline.dueAt, tone, state };
  return { text: countdownText(due, now), tone, state };
}
