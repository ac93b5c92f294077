import { zodResolver } from '@hookform/resolvers/zod';
import {
  CustomReportSchema,
  GROUP_BYS,
  SavedReportInputSchema,
  type Criterion,
  type CustomReport,
  type CustomReportInput,
  type FieldError,
  type GroupBy,
} from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { preparedResolver } from '../../../lib/form-resolver';
import { cleanColumns } from './columns';
import { EMPTY_FILTER_FORM, filterFromForm, formFromFilter, type FilterForm } from './filter-form';

/** The builder's form: the same nesting as the contract's `CustomReport`, so errors land on the same paths. */
export type CustomForm = {
  columns: Criterion[];
  filter: FilterForm;
  groupBy: GroupBy | '';
};

/** A new report opens with the columns most lists start from. */
export const DEFAULT_CUSTOM_FORM: CustomForm = {
  columns: ['code', 'procedure_name', 'applicant_name', 'received_at', 'due_at', 'state'],
  filter: EMPTY_FILTER_FORM,
  groupBy: '',
};

export function definitionFromForm(form: CustomForm): CustomReportInput {
  return { columns: form.columns, filter: filterFromForm(form.filter), groupBy: form.groupBy || null };
}

export function formFromDefinition(definition: CustomReport | CustomReportInput): CustomForm {
  return {
    columns: cleanColumns(definition.columns),
    filter: formFromFilter(definition.filter ?? { dateField: 'received' }),
    groupBy: GROUP_BYS.find((g) => g === definition.groupBy) ?? '',
  };
}

/** Two definitions ask for the same report: the saved report has no unsaved changes. */
export function sameDefinition(a: CustomReportInput, b: CustomReportInput): boolean {
  return JSON.stringify(formFromDefinition(a)) === JSON.stringify(formFromDefinition(b));
}

export const customResolver = preparedResolver(zodResolver(CustomReportSchema), definitionFromForm);

export type SaveForm = { name: string };
export const saveResolver = preparedResolver(
  zodResolver(SavedReportInputSchema.pick({ name: true })),
  (values: SaveForm) => values,
  { name: texts.statisticsReports.custom.nameRequired },
);

/**
 * Where a server error about a report lands on the builder: `body.definition.filter.to` (running, saving) and
 * `body.source.definition.columns` (exporting) both mean the form's `filter.to` and `columns`; `body.name` is the
 * save dialog's name. Anything else (a query parameter, an unknown path) has no field and is shown above the form.
 */
export function customErrorPath(field: string): string | undefined {
  const path = field
    .replace(/^body\./, '')
    .replace(/^source\./, '')
    .replace(/^definition\./, '');
  if (path === field) return undefined;
  if (path === 'name' || path === 'columns' || path === 'groupBy') return path;
  if (/^columns\.\d+$/.test(path)) return 'columns';
  const match = /^filter\.(\w+)/.exec(path);
  if (match?.[1] && match[1] in EMPTY_FILTER_FORM) return `filter.${match[1]}`;
  return undefined;
}

/** The server's field errors by form path (the first message of each), and the rest for the form-level alert. */
export function customFieldErrors(errors: readonly FieldError[]): {
  fields: { path: string; message: string }[];
  rest: string[];
} {
  const fields: { path: string; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const path = customErrorPath(error.field);
    if (path === undefined) rest.push(error.message);
    else if (!fields.some((f) => f.path === path)) fields.push({ path, message: error.message });
  }
  return { fields, rest };
}
