import { texts } from '../../../config/i18n';

/** part / whole, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A rate (0–1) as a Vietnamese percentage ("87,5%"), or a dash when there is none. */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return texts.statistics.noValue;
  return texts.statistics.percent(rate);
}

/** Points with at most two decimals, Vietnamese style ("12,5"). */
export function formatScore(score: number): string {
  return texts.statistics.score(score);
}

export function formatCount(n: number): string {
  return texts.statistics.count(n);
}

/** A bar's length in percent of its track, within 0–100. */
export function barWidth(value: number, max: number): number {
  if (max <= 0 || !Number.isFinite(value)) return 0;
  return Math.round(Math.max(0, Math.min(1, value / max)) * 1000) / 10;
}
