import type { FieldError } from '@motcua/shared';

/** The wizard's steps, in order; the URL carries the step's number (`?buoc=2`). */
export const WIZARD_STEPS = ['case', 'applicant', 'components', 'result', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_PARAM = 'buoc';

/** `?buoc=3` → 'components'; anything missing or out of range is the first step. */
export function stepFromParam(value: string | null): WizardStep {
  const n = Number(value);
  return (Number.isInteger(n) && WIZARD_STEPS[n - 1]) || WIZARD_STEPS[0];
}

export function stepNumber(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step) + 1;
}

/** The server names fields relative to the draft's data; a save's validation errors come as `body.data.…`. */
export function normaliseErrorField(field: string): string {
  return field.replace(/^body\./, '').replace(/^data\./, '');
}

/** Which step holds a field of the draft. */
export function stepOfField(field: string): WizardStep {
  switch (normaliseErrorField(field).split('.')[0]) {
    case 'caseIndex':
    case 'receivingUnitId':
      return 'case';
    case 'applicant':
    case 'authorisedPerson':
      return 'applicant';
    case 'files':
    case 'components':
      return 'components';
    case 'resultMethod':
    case 'deliveryAddress':
      return 'result';
    default:
      return 'review';
  }
}

export type ErrorPlan<K extends string> = {
  /** First message per form field, in the form's order. */
  fields: { name: K; message: string }[];
  /** Missing or refused files, by component index. */
  files: Record<number, string>;
  /** Messages with no field to sit on, with the step they belong to. */
  other: { step: WizardStep; message: string }[];
  /** Where the wizard should go to show the first error; null when there is none. */
  firstStep: WizardStep | null;
};

/**
 * Spreads a failed submission's field errors over the wizard: onto the form's own fields, onto the components'
 * file lists (`files.3`), and the rest into a summary; and picks the earliest step that holds one of them.
 */
export function planErrors<K extends string>(
  errors: readonly FieldError[],
  formFields: readonly K[],
): ErrorPlan<K> {
  const fieldMessages = new Map<K, string>();
  const files: Record<number, string> = {};
  const other: { step: WizardStep; message: string }[] = [];
  let first: number = WIZARD_STEPS.length;
  for (const error of errors) {
    const field = normaliseErrorField(error.field);
    const step = stepOfField(field);
    first = Math.min(first, WIZARD_STEPS.indexOf(step));
    const fileMatch = /^(?:files|components)\.(\d+)$/.exec(field);
    const formField = formFields.find((candidate) => candidate === field);
    if (fileMatch) files[Number(fileMatch[1])] ??= error.message;
    else if (formField !== undefined) {
      if (!fieldMessages.has(formField)) fieldMessages.set(formField, error.message);
    } else other.push({ step, message: error.message });
  }
  return {
    fields: formFields.flatMap((name) => {
      const message = fieldMessages.get(name);
      return message === undefined ? [] : [{ name, message }];
    }),
    files,
    other,
    firstStep: (WIZARD_STEPS as readonly WizardStep[])[first] ?? null,
  };
}

/** react-hook-form's nested errors as dotted paths (`applicant.fullName`), for the same planning as the server's. */
export function flattenFormErrors(errors: unknown, prefix = ''): FieldError[] {
  if (typeof errors !== 'object' || errors === null) return [];
  const record = errors as Record<string, unknown>;
  if (typeof record.message === 'string' && typeof record.type === 'string') {
    return [{ field: prefix, message: record.message }];
  }
  return Object.entries(record).flatMap(([key, value]) =>
    key === 'ref' ? [] : flattenFormErrors(value, prefix ? `${prefix}.${key}` : key),
  );
}
