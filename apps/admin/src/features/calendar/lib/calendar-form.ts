import type { CalendarDay, CalendarDayKind, FieldError } from '@motcua/shared';

type Confidence = CalendarDay['confidence'];

export type CalendarDayFormValues = {
  date: string;
  kind: CalendarDayKind;
  name: string;
  confidence: Confidence;
  source: string;
};

export type CalendarFormValues = { days: CalendarDayFormValues[] };

export function dayToForm(day: CalendarDay): CalendarDayFormValues {
  return {
    date: day.date,
    kind: day.kind,
    name: day.name,
    confidence: day.confidence,
    source: day.source ?? '',
  };
}

/** The body of PUT /calendar/years/{year}; rows keep the officer's order so row errors point at the right row. */
export function formToDays(values: CalendarFormValues): { days: CalendarDay[] } {
  return {
    days: values.days.map((d) => ({
      date: d.date,
      kind: d.kind,
      name: d.name,
      confidence: d.confidence,
      source: d.source.trim() === '' ? null : d.source,
    })),
  };
}

/** Rows in date order, so the table reads like the calendar; undated rows stay at the end. */
export function byDate<T extends { date: string }>(days: readonly T[]): T[] {
  return [...days].sort((a, b) => {
    if (!a.date) return b.date ? 1 : 0;
    if (!b.date) return -1;
    return a.date.localeCompare(b.date);
  });
}

const ROW_FIELDS = ['date', 'kind', 'name', 'confidence', 'source'] as const;

/**
 * The editor field a server error names: `body.days.3.date` is row 3's date; `body.days` (two rows on one
 * date) is the table as a whole. Anything else is a form-level message.
 */
export function calendarErrorField(field: string, rowCount: number): string | undefined {
  const [source, list, index, leaf] = field.split('.');
  if (source !== 'body' || list !== 'days') return undefined;
  if (index === undefined) return 'days';
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= rowCount) return 'days';
  return ROW_FIELDS.some((f) => f === leaf) ? `days.${i}.${leaf}` : 'days';
}

export function mapCalendarErrors(
  errors: readonly FieldError[],
  rowCount: number,
): { fields: { name: string; message: string }[]; rest: string[] } {
  const fields: { name: string; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const name = calendarErrorField(error.field, rowCount);
    if (name === undefined) rest.push(error.message);
    else if (!fields.some((f) => f.name === name)) fields.push({ name, message: error.message });
  }
  return { fields, rest };
}
