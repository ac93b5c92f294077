import { buildCalendar, formatVnDate, type DayOffKind, type WorkCalendar } from './calendar';
import reference from './reference/holidays-vn.json';

type ReferenceYear = {
  notice: string;
  daysOff: { date: string; kind: string; name: string; confidence: string }[];
  makeUpWorkingDays: { date: string; for: string; confidence: string }[];
};

/** The official schedules shipped with the product (2024–2026), as rows to seed and as a calendar. */
export const OFFICIAL_YEARS = reference.years as Record<string, ReferenceYear>;

export function officialCalendarRows() {
  const years = Object.values(OFFICIAL_YEARS);
  return {
    daysOff: years.flatMap((y) => y.daysOff.map((d) => ({ ...d, kind: d.kind as DayOffKind }))),
    makeUpDays: years.flatMap((y) =>
      y.makeUpWorkingDays.map((d) => ({
        date: d.date,
        name: `Làm bù cho ngày ${formatVnDate(d.for)}`,
        confidence: d.confidence,
      })),
    ),
  };
}

export function officialCalendar(): WorkCalendar {
  const rows = officialCalendarRows();
  return buildCalendar(rows.daysOff, rows.makeUpDays);
}
