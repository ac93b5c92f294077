import { texts } from '../../../config/i18n';
import { isIsoDate } from '../../../lib/format';

export type DateRange = { from: string; to: string };

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The last day of a month (1–12), leap years included. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** From 1 January of this year to today: the period leaders report on. */
export function yearToDate(today: string): DateRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

/** A quarter's first and last day. */
export function quarterWindow(year: number, quarter: Quarter): DateRange {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** The quarter under way: the service-quality index is scored quarter by quarter. */
export function currentQuarter(today: string): DateRange {
  return quarterWindow(Number(today.slice(0, 4)), quarterOf(today));
}

/** The quarter a range is exactly, if it is one; else the range is a custom one. */
export function matchQuarter(range: DateRange): { year: number; quarter: Quarter } | null {
  if (!isIsoDate(range.from)) return null;
  const year = Number(range.from.slice(0, 4));
  const quarter = quarterOf(range.from);
  const window = quarterWindow(year, quarter);
  return window.from === range.from && window.to === range.to ? { year, quarter } : null;
}

/** The years a period picker offers: this one and the few before it, newest first. */
export function recentYears(today: string, count = 5): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => year - i);
}

/** What is wrong with a range typed in a form, by field; empty when it can be asked for. */
export function rangeErrors(range: DateRange): Partial<Record<keyof DateRange, string>> {
  const t = texts.statistics.scope;
  const errors: Partial<Record<keyof DateRange, string>> = {};
  if (!isIsoDate(range.from)) errors.from = t.dateInvalid;
  if (!isIsoDate(range.to)) errors.to = t.dateInvalid;
  if (!errors.from && !errors.to && range.from > range.to) errors.to = t.rangeInvalid;
  return errors;
}

export function isValidRange(range: DateRange): boolean {
  return Object.keys(rangeErrors(range)).length === 0;
}

/** The range in the address; each end falls back to the default when absent or not a date. */
export function readRange(params: URLSearchParams, fallback: DateRange): DateRange {
  const from = params.get('from');
  const to = params.get('to');
  return {
    from: from && isIsoDate(from) ? from : fallback.from,
    to: to && isIsoDate(to) ? to : fallback.to,
  };
}

/** Only the ends that differ from the default go in the address. */
export function rangeParams(range: DateRange, fallback: DateRange): { from?: string; to?: string } {
  return {
    ...(range.from !== fallback.from && { from: range.from }),
    ...(range.to !== fallback.to && { to: range.to }),
  };
}
