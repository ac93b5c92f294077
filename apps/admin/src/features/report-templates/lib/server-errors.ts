import type { FieldError } from '@motcua/shared';
import type { TemplateFormValues } from './template-form';

/** The body's field → the editor's (a rule's message is held as `text`, see RuleFormValues). */
const COLUMN_FIELDS: Record<string, string> = {
  key: 'key',
  label: 'label',
  group: 'group',
  metric: 'metric',
  sumOf: 'sumOf',
};
const RULE_FIELDS: Record<string, string> = { left: 'left', right: 'right', message: 'text' };

function item(
  segments: readonly string[],
  list: string,
  length: number,
  fields: Readonly<Record<string, string>>,
): string | undefined {
  const [, , index, field] = segments;
  if (index === undefined) return `definition.${list}.root`;
  const n = Number(index);
  if (!Number.isInteger(n) || n < 0 || n >= length) return undefined;
  const at = `definition.${list}.${n}`;
  // `sumOf.0` and `right.1` land on their picker; a message about the whole column or rule on its group.
  const shown = field === undefined ? undefined : fields[field];
  return shown === undefined ? `${at}.root` : `${at}.${shown}`;
}

/**
 * Where the editor shows a message about a path of the request body (`definition.columns.3.sumOf.0`), or
 * undefined when the editor has no such field. Rule N of the body is the editor's rule N: the body lists the
 * edited rules first (see formToCreate).
 */
export function shownPath(segments: readonly string[], values: TemplateFormValues): string | undefined {
  const [first, second] = segments;
  if (first === 'code' || first === 'name') return first;
  if (first !== 'definition') return undefined;
  if (second === 'rowSource') return 'definition.rowSource';
  if (second === 'columns') {
    return item(segments, 'columns', values.definition.columns.length, COLUMN_FIELDS);
  }
  if (second === 'rules') return item(segments, 'rules', values.definition.rules.length, RULE_FIELDS);
  return undefined;
}

/**
 * The API's `errors[]` onto the editor: `body.definition.columns.3.sumOf.0` on column 4's picker. Anything else
 * (a query or params error, a path the editor does not show) becomes a form-level message.
 */
export function mapServerErrors(
  errors: readonly FieldError[],
  values: TemplateFormValues,
): { fields: { name: string; message: string }[]; rest: string[] } {
  const fields: { name: string; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const [source, ...segments] = error.field.split('.');
    const name = source === 'body' ? shownPath(segments, values) : undefined;
    if (name === undefined) rest.push(error.message);
    else if (!fields.some((f) => f.name === name)) fields.push({ name, message: error.message });
  }
  return { fields, rest };
}
