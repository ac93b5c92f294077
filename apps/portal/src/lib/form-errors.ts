import type { FieldError } from '@motcua/shared';
import { texts } from '../config/texts';
import { isApiError } from './api-client';

export type MappedFieldErrors<K extends string> = {
  /** First server message per form field. */
  fields: Partial<Record<K, string>>;
  /** Messages about fields the form does not show (they can only be displayed above the form). */
  other: string[];
};

/** Maps the server's `body.phone`-style paths onto the form's own field names. */
export function mapFieldErrors<K extends string>(
  errors: readonly FieldError[],
  formFields: readonly K[],
): MappedFieldErrors<K> {
  const fields: Partial<Record<K, string>> = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const name = field.replace(/^body\./, '');
    const match = formFields.find((candidate) => candidate === name);
    if (match === undefined) other.push(message);
    else fields[match] ??= message;
  }
  return { fields, other };
}

/**
 * A sentence for the citizen about any error thrown by a fetcher. A server fault carries the request id, which the
 * server's message asks them to quote to support.
 */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return texts.errors.server;
  const sentence = error.detail ?? error.title;
  return error.status >= 500 && error.requestId
    ? `${sentence} ${texts.errors.requestId(error.requestId)}`
    : sentence;
}

type SetError<K extends string> = (
  name: K,
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void;

export type AppliedServerErrors = {
  /** The text for the alert above the form. */
  message: string;
  /** How many fields were marked (the first of them got focus). */
  marked: number;
};

/**
 * Puts a failed submission's field errors onto the form, focusing the first. The typed values are untouched, so
 * the citizen only corrects what the server pointed at.
 */
export function applyServerErrors<K extends string>(
  error: unknown,
  formFields: readonly K[],
  setError: SetError<K>,
): AppliedServerErrors {
  if (!isApiError(error)) return { message: texts.errors.server, marked: 0 };
  const { fields, other } = mapFieldErrors(error.errors, formFields);
  let marked = 0;
  for (const name of formFields) {
    const message = fields[name];
    if (message === undefined) continue;
    setError(name, { type: 'server', message }, { shouldFocus: marked === 0 });
    marked += 1;
  }
  const summary = describeError(error);
  return { message: other.length > 0 ? [summary, ...other].join(' ') : summary, marked };
}

/** What a form keeps in state after a failed submit: the alert text, and whether the alert should take focus. */
export type FormError = { message: string; focus: boolean };
