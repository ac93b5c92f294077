import { DueDateQuerySchema, type DueDateQuery, type TimeUnit } from '@motcua/shared';

export type DueDateFormValues = {
  date: string;
  time: string;
  amount: string;
  unit: TimeUnit;
  cutoff: string;
};

/**
 * The due-date query from the calculator: the receipt is Vietnam's wall clock (UTC+7, no daylight saving),
 * whatever time zone the browser runs in.
 */
export function toDueDateQuery(values: DueDateFormValues): DueDateQuery {
  const amount = values.amount.trim() === '' ? Number.NaN : Number(values.amount);
  return {
    start: `${values.date}T${values.time}:00+07:00`,
    amount,
    unit: values.unit,
    ...(values.cutoff ? { cutoff: values.cutoff } : {}),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type DueDateFormErrors = Partial<Record<keyof DueDateFormValues, string>>;

/**
 * Checks the calculator's boxes and builds the query. The form has a date and a time where the query has
 * one instant, so errors are put back on the boxes the officer typed in.
 */
export function validateDueDateForm(
  values: DueDateFormValues,
  messages: { dateRequired: string; timeRequired: string; numberRequired: string },
): { query: DueDateQuery; errors: null } | { query: null; errors: DueDateFormErrors } {
  const errors: DueDateFormErrors = {};
  if (!DATE.test(values.date)) errors.date = messages.dateRequired;
  if (!TIME.test(values.time)) errors.time = messages.timeRequired;
  if (values.amount.trim() === '') errors.amount = messages.numberRequired;
  const query = toDueDateQuery(values);
  const parsed = DueDateQuerySchema.safeParse(query);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      const name: keyof DueDateFormValues | undefined =
        field === 'start'
          ? errors.date
            ? 'date'
            : 'time'
          : field === 'amount' || field === 'cutoff' || field === 'unit'
            ? field
            : undefined;
      if (name && !errors[name]) errors[name] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0) return { query: null, errors };
  return { query: parsed.success ? parsed.data : query, errors: null };
}

/** The calendar date and the time of day of an instant the API returns with +07:00. */
export function splitVnIso(value: string): { date: string; time: string } {
  return { date: value.slice(0, 10), time: value.slice(11, 16) };
}
