import type { ExplanationLine } from '@motcua/shared';
import { formatCalendarDate } from '../../lib/format';

/** The days a line of the clock's explanation covers: "24/11/2026 – 27/11/2026", or one date. */
export function explanationDates(line: Pick<ExplanationLine, 'from' | 'to'>): string {
  const from = formatCalendarDate(line.from);
  return line.from === line.to ? from : `${from} – ${formatCalendarDate(line.to)}`;
}
