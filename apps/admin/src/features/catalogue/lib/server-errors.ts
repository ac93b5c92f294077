import type { FieldError } from '@motcua/shared';

/** Where a form field sits in the form's values, walked segment by segment (`cases.1.components.0.name`). */
function valueAt(values: unknown, segments: readonly string[]): unknown {
  let current = values;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

/** A path the form shows an error on: an input (text, choice, checkbox) or a repeated group as a whole. */
export function isShownPath(values: unknown, path: string): boolean {
  if (path === '') return false;
  const value = valueAt(values, path.split('.'));
  return typeof value === 'string' || typeof value === 'boolean' || Array.isArray(value);
}

/**
 * Maps the server's `errors[]` onto the draft editor. The body is the procedure itself on create
 * (`body.methods.0.timeLimit.amount`) and `{content, version}` on update (`body.content.cases.1.components.0.name`);
 * both land on the same field. A path the form does not show falls back to its nearest shown ancestor
 * (`body.methods.0.timeLimit` → the methods group); anything else is a form-level message.
 */
export function mapProcedureErrors(
  errors: readonly FieldError[],
  values: unknown,
): { fields: { name: string; message: string }[]; rest: string[] } {
  const fields: { name: string; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const segments = error.field.split('.');
    // Only the body is the form's business: a query or params error means the screen built a bad request.
    if (segments[0] !== 'body') {
      rest.push(error.message);
      continue;
    }
    const path = segments.slice(segments[1] === 'content' ? 2 : 1);
    let name: string | undefined;
    for (let length = path.length; length > 0 && name === undefined; length--) {
      const candidate = path.slice(0, length).join('.');
      if (isShownPath(values, candidate)) name = candidate;
    }
    if (name === undefined) rest.push(error.message);
    else if (!fields.some((f) => f.name === name)) fields.push({ name, message: error.message });
  }
  return { fields, rest };
}
