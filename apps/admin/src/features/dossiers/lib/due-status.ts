import { CLOSED_STATES, vnDate, type DossierState, type OnTimeResult } from '@motcua/shared';
import { texts } from '../../../config/i18n';

export type DueTone = 'success' | 'neutral' | 'warning' | 'danger' | 'muted';
export type DueStatus = { text: string; tone: DueTone; overdue: boolean };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The API's "due soon" queue looks two days ahead; the badge turns amber at the same point. */
const SOON = 2 * DAY;

/** Whole calendar days between two Vietnam dates (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * "Còn 2 ngày" / "Quá hạn 1 ngày", counted in Vietnam calendar days so that a dossier due at 17:00 tomorrow
 * reads "Còn 1 ngày" whatever the hour now; on the due day itself the hours (or minutes) left are shown.
 */
export function countdown(dueAt: Date, now: Date): DueStatus {
  const left = dueAt.getTime() - now.getTime();
  const days = daysBetween(vnDate(now), vnDate(dueAt));
  const t = texts.dossiers.due;
  if (left < 0) {
    if (days <= -1) return { text: t.overdueDays(-days), tone: 'danger', overdue: true };
    return { text: t.overdueHours(Math.max(1, Math.floor(-left / HOUR))), tone: 'danger', overdue: true };
  }
  const tone: DueTone = left < SOON ? 'warning' : 'success';
  if (days >= 1) return { text: t.remainingDays(days), tone, overdue: false };
  if (left >= HOUR) return { text: t.remainingHours(Math.floor(left / HOUR)), tone, overdue: false };
  return { text: t.remainingMinutes(Math.max(1, Math.ceil(left / MINUTE))), tone, overdue: false };
}

const RESULT_TONE: Record<OnTimeResult, DueTone> = { early: 'success', on_time: 'success', late: 'danger' };

/**
 * What the due-date badge says for a dossier: the on-time result once it is finished, nothing for one closed
 * without a result (refused, stopped, withdrawn), "paused" while the clock waits for the applicant, else the
 * countdown.
 */
export function dueStatus(
  dossier: { state: DossierState; dueAt: string | null; result: OnTimeResult | null },
  now: Date,
): DueStatus | null {
  if (dossier.result) {
    return { text: texts.dossiers.onTime[dossier.result], tone: RESULT_TONE[dossier.result], overdue: false };
  }
  if (CLOSED_STATES.includes(dossier.state)) return null;
  if (dossier.state === 'waiting_supplement' || !dossier.dueAt) {
    return { text: texts.dossiers.due.paused, tone: 'muted', overdue: false };
  }
  const due = new Date(dossier.dueAt);
  if (Number.isNaN(due.getTime())) return null;
  return countdown(due, now);
}
