import type { FieldError } from '@motcua/shared';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';

/**
 * Maps the server's `errors[]` onto a form with nested fields. `body.applicant.identificationNumber` lands on
 * `applicant.identificationNumber`; a path the form does not show falls back to its nearest shown ancestor
 * (`body.components.0.index` → `components`, the checklist). `accepts` says which paths the form shows.
 */
export function mapServerErrors<Name extends string>(
  errors: readonly FieldError[],
  accepts: (path: string) => path is Name,
): { fields: { name: Name; message: string }[]; rest: string[] } {
  const fields: { name: Name; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const [source, ...segments] = error.field.split('.');
    let name: Name | undefined;
    // Only the body is the form's business: a query or params error means the screen built a bad request.
    if (source === 'body') {
      for (let length = segments.length; length > 0 && name === undefined; length--) {
        const candidate = segments.slice(0, length).join('.');
        if (accepts(candidate)) name = candidate;
      }
    }
    if (name === undefined) rest.push(error.message);
    else if (!fields.some((f) => f.name === name)) fields.push({ name, message: error.message });
  }
  return { fields, rest };
}

/**
 * Puts a failed submission's problem onto the form: field errors on their fields (the first one focused), the
 * rest returned as one form-level message. What the officer typed stays in the fields.
 */
export function applyNestedServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  accepts: (path: string) => path is FieldPath<T>,
): string {
  if (!isApiError(error)) return texts.errors.unexpected;
  const { fields, rest } = mapServerErrors(error.errors, accepts);
  fields.forEach(({ name, message }, index) => {
    setError(name, { type: 'server', message }, { shouldFocus: index === 0 });
  });
  if (rest.length > 0) return rest.join(' ');
  if (fields.length > 0) return texts.common.formHasErrors;
  return error.detail ?? error.title;
}
