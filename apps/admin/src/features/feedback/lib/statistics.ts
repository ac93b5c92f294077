import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  type FeedbackStatistics,
} from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { isIsoDate } from '../../../lib/format';

export type DateRange = { from: string; to: string };

/** From 1 January of this year to today: the period leaders report on. */
export function defaultRange(today: string): DateRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The range in the address, each end falling back to the default when absent or not a date. */
export function readRange(params: URLSearchParams, today: string): DateRange {
  const fallback = defaultRange(today);
  const from = params.get('from');
  const to = params.get('to');
  return {
    from: from && isIsoDate(from) ? from : fallback.from,
    to: to && isIsoDate(to) ? to : fallback.to,
  };
}

/** Only the ends that differ from the default go in the address. */
export function rangeToParams(range: DateRange, today: string): URLSearchParams {
  const fallback = defaultRange(today);
  const params = new URLSearchParams();
  if (range.from !== fallback.from) params.set('from', range.from);
  if (range.to !== fallback.to) params.set('to', range.to);
  return params;
}

/** What is wrong with a range typed in the form, by field; empty when it can be asked for. */
export function rangeErrors(range: DateRange): Partial<Record<keyof DateRange, string>> {
  const t = texts.feedback.statistics;
  const errors: Partial<Record<keyof DateRange, string>> = {};
  if (!isIsoDate(range.from)) errors.from = t.dateInvalid;
  if (!isIsoDate(range.to)) errors.to = t.dateInvalid;
  if (!errors.from && !errors.to && range.from > range.to) errors.to = t.rangeInvalid;
  return errors;
}

/** part / whole, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A rate as a percentage ("87,5%"), or a dash when there is none. */
export function formatRate(rate: number | null): string {
  return rate === null ? texts.feedback.statistics.noRate : texts.feedback.percent(rate);
}

export type CountRow = { key: string; label: string; count: number; share: number | null };

/**
 * Every known value in the contract's order, with zero for those the server left out, then any value the SPA
 * does not know yet under the server's own label; with each one's share of the total.
 */
function countRows(
  known: readonly string[],
  labels: Record<string, string>,
  counts: FeedbackStatistics['byStatus'],
): CountRow[] {
  const byKey = new Map(counts.map((c) => [c.key, c]));
  const rows = [
    ...known.map((key) => ({
      key,
      label: labels[key] ?? byKey.get(key)?.label ?? key,
      count: byKey.get(key)?.count ?? 0,
    })),
    ...counts
      .filter((c) => !known.includes(c.key))
      .map((c) => ({ key: c.key, label: c.label, count: c.count })),
  ];
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return rows.map((row) => ({ ...row, share: ratio(row.count, total) }));
}

export function statusRows(stats: Pick<FeedbackStatistics, 'byStatus'>): CountRow[] {
  return countRows(FEEDBACK_STATUSES, FEEDBACK_STATUS_LABELS, stats.byStatus);
}

export function categoryRows(stats: Pick<FeedbackStatistics, 'byCategory'>): CountRow[] {
  return countRows(FEEDBACK_CATEGORIES, FEEDBACK_CATEGORY_LABELS, stats.byCategory);
}

export type UnitRow = FeedbackStatistics['byUnit'][number] & { onTimeRate: number | null };

const collator = new Intl.Collator('vi');

/** Units with the most feedback first (then by name), each with its own on-time rate among those answered. */
export function unitRows(stats: Pick<FeedbackStatistics, 'byUnit'>): UnitRow[] {
  return [...stats.byUnit]
    .sort((a, b) => b.received - a.received || collator.compare(a.unitName, b.unitName))
    .map((unit) => ({ ...unit, onTimeRate: ratio(unit.onTime, unit.onTime + unit.late) }));
}

export function unitTotals(rows: readonly UnitRow[]): Omit<UnitRow, 'unitId' | 'unitName'> {
  const sum = (pick: (row: UnitRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const onTime = sum((r) => r.onTime);
  const late = sum((r) => r.late);
  return {
    received: sum((r) => r.received),
    answered: sum((r) => r.answered),
    onTime,
    late,
    onTimeRate: ratio(onTime, onTime + late),
  };
}

export type MonthRow = { month: string; label: string; received: number; published: number };

/** Beyond this many months the series is the server's as is: a chart of decades helps no one. */
const MAX_FILLED_MONTHS = 120;

/**
 * One row per month of the range, oldest first, with zeros for months the server had nothing for, so that the
 * chart's axis does not skip quiet months.
 */
export function monthRows(stats: Pick<FeedbackStatistics, 'byMonth'>, range: DateRange): MonthRow[] {
  const byMonth = new Map(stats.byMonth.map((m) => [m.month, m]));
  const label = (month: string) =>
    texts.feedback.statistics.monthLabel(Number(month.slice(5, 7)), Number(month.slice(0, 4)));
  const months: string[] = [];
  let year = Number(range.from.slice(0, 4));
  let month = Number(range.from.slice(5, 7));
  const last = range.to.slice(0, 7);
  while (months.length <= MAX_FILLED_MONTHS) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const keys =
    months.length > MAX_FILLED_MONTHS || Number.isNaN(year)
      ? [...byMonth.keys()].sort()
      : [...new Set([...months, ...byMonth.keys()])].sort();
  return keys.map((key) => ({
    month: key,
    label: label(key),
    received: byMonth.get(key)?.received ?? 0,
    published: byMonth.get(key)?.published ?? 0,
  }));
}

/** The satisfaction rate: the server's, else likes among all ratings. */
export function satisfactionRate(stats: Pick<FeedbackStatistics, 'satisfaction'>): number | null {
  const { likes, dislikes, rate } = stats.satisfaction;
  return rate ?? ratio(likes, likes + dislikes);
}
