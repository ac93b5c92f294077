import type { CalendarDay, CalendarDayKind } from '@motcua/shared';

/** Weeks start on Monday, as Vietnamese calendars print them. */
export const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday, computed in UTC so no time zone can shift the day. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The weeks of a month as rows of seven dates (Monday first), with null for the days of the neighbouring
 * months. `month` is 1–12.
 */
export function monthGrid(year: number, month: number): (string | null)[][] {
  const first = iso(year, month, 1);
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  const count = daysInMonth(year, month);
  for (let day = 1; day <= count; day++) cells.push(iso(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export type DayStatus =
  | { kind: 'workday' }
  | { kind: 'weekend' }
  | { kind: Exclude<CalendarDayKind, 'makeup'>; entry: CalendarDay }
  | { kind: 'makeup'; entry: CalendarDay };

/** What a date is on the working calendar: an exception of the year, else a weekday or a weekend. */
export function dayStatus(date: string, exceptions: ReadonlyMap<string, CalendarDay>): DayStatus {
  const entry = exceptions.get(date);
  if (entry) return { kind: entry.kind, entry } as DayStatus;
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6 ? { kind: 'weekend' } : { kind: 'workday' };
}

/** Days off on weekdays and make-up Saturdays of a year, counted for the summary under the calendar. */
export function yearSummary(days: readonly Pick<CalendarDay, 'kind'>[]): { daysOff: number; makeUp: number } {
  return {
    daysOff: days.filter((d) => d.kind !== 'makeup').length,
    makeUp: days.filter((d) => d.kind === 'makeup').length,
  };
}
