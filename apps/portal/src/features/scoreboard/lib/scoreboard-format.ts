// Always one decimal, so a column of shares reads evenly ("89,0%" under "89,2%", not "89%").
const percent = new Intl.NumberFormat('vi-VN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const days = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('vi-VN');

/** A share (0..1) as a Vietnamese percentage with one decimal: 0.8734 → "87,3%"; null when unmeasured. */
export function formatShare(share: number | null): string | null {
  return share === null || !Number.isFinite(share) ? null : percent.format(share);
}

/** An average in working days with one decimal: 4.25 → "4,3"; null when unmeasured. */
export function formatDays(value: number | null): string | null {
  return value === null || !Number.isFinite(value) ? null : days.format(value);
}

/** A count with Vietnamese thousands separators: 1234 → "1.234". */
export function formatCount(value: number): string {
  return count.format(value);
}

/** The width of a share's bar, in percent of its track, kept within 0..100. */
export function barWidth(share: number | null): number {
  if (share === null || !Number.isFinite(share)) return 0;
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
