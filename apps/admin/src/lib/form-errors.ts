import type { FieldError } from '@motcua/shared';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { texts } from '../config/i18n';
import { isApiError } from './api-error';

export type MappedFieldErrors<Name extends string> = {
  /** The first message for each form field the server named. */
  fields: { name: Name; message: string }[];
  /** Messages about fields the form does not show; they go into the form-level alert. */
  rest: string[];
};

/**
 * Maps the server's `errors[]` (`body.email`, `body.roles.0`) onto form field names. Only the body is the
 * form's business: a query or params error means the screen built a bad request, not that the user erred.
 */
export function mapFieldErrors<Name extends string>(
  errors: readonly FieldError[],
  formFields: readonly Name[],
): MappedFieldErrors<Name> {
  const fields: { name: Name; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const [source, field] = error.field.split('.');
    const name = formFields.find((f) => f === field);
    if (source === 'body' && name !== undefined) {
      if (!fields.some((f) => f.name === name)) fields.push({ name, message: error.message });
    } else {
      rest.push(error.message);
    }
  }
  return { fields, rest };
}

/**
 * Puts a failed submission's problem onto the form: field errors on their fields, the rest as one
 * form-level message (returned). A version conflict gets the "reload" advice rather than the raw detail.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  formFields: readonly FieldPath<T>[],
): string {
  if (!isApiError(error)) return texts.errors.unexpected;
  if (error.code === 'version_conflict') return texts.errors.versionConflict;
  const { fields, rest } = mapFieldErrors(error.errors, formFields);
  fields.forEach(({ name, message }, index) => {
    setError(name, { type: 'server', message }, { shouldFocus: index === 0 });
  });
  if (rest.length > 0) return rest.join(' ');
  if (fields.length > 0) return texts.common.formHasErrors;
  return error.detail ?? error.title;
}
