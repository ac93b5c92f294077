import { ReportTemplateCreateSchema } from '@motcua/shared';
import { set, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { ReportTemplateBody } from '../api/create-report-template';
import { shownPath } from './server-errors';
import { formToCreate, templateIssues, type Issue, type TemplateFormValues } from './template-form';

/** The editor's form: what its inputs hold, and the body it hands over once valid. */
export type TemplateForm = UseFormReturn<TemplateFormValues, unknown, ReportTemplateBody>;

/** Issues as react-hook-form's nested errors; the first message per field wins. */
export function nestIssues(issues: readonly Issue[]): FieldErrors<TemplateFormValues> {
  const errors: FieldErrors<TemplateFormValues> = {};
  const taken = new Set<string>();
  for (const issue of issues) {
    if (taken.has(issue.path)) continue;
    taken.add(issue.path);
    set(errors, issue.path, { type: 'validate', message: issue.message });
  }
  return errors;
}

/**
 * The editor's own checks first (they speak of columns by number and name the fix); then the shared schema, the
 * API's own, on the body that would be sent, for anything they do not cover. `takenCodes`: see templateIssues.
 */
export function templateResolver(
  takenCodes: readonly string[],
): Resolver<TemplateFormValues, unknown, ReportTemplateBody> {
  return async (values) => {
    const issues = templateIssues(values, takenCodes);
    if (issues.length > 0) return { values: {}, errors: nestIssues(issues) };
    const parsed = ReportTemplateCreateSchema.safeParse(formToCreate(values));
    if (parsed.success) return { values: parsed.data, errors: {} };
    const schemaIssues = parsed.error.issues.map((issue) => ({
      path: shownPath(issue.path.map(String), values) ?? 'root.schema',
      message: issue.message,
    }));
    return { values: {}, errors: nestIssues(schemaIssues) };
  };
}

/** How many messages a set of errors holds (one per field or group), for the summary above the form. */
export function countErrors(errors: unknown): number {
  if (errors === null || typeof errors !== 'object') return 0;
  const record = errors as Record<string, unknown>;
  if (typeof record.message === 'string' && typeof record.type === 'string') return 1;
  return Object.entries(record).reduce(
    (sum, [key, value]) => (key === 'ref' ? sum : sum + countErrors(value)),
    0,
  );
}
