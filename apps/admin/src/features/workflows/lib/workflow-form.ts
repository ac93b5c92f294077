import type { FieldError, Workflow, WorkflowInput, WorkflowPhase } from '@motcua/shared';

export type WorkflowStepFormValues = {
  name: string;
  phase: WorkflowPhase;
  /** '' for the default unit: the receiving unit for intake and return, the processing unit otherwise. */
  unitId: string;
  allottedHours: string;
};

/** What the workflow editor's inputs hold; shaped like WorkflowInputSchema so error paths match. */
export type WorkflowFormValues = {
  procedureCode: string;
  ownerUnitId: string;
  processingUnitId: string;
  steps: WorkflowStepFormValues[];
};

/** '' → NaN rather than 0, so an empty box is reported instead of saved as no time. */
export function hoursFrom(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function formToWorkflowInput(v: WorkflowFormValues): WorkflowInput {
  return {
    procedureCode: v.procedureCode,
    ownerUnitId: v.ownerUnitId,
    processingUnitId: v.processingUnitId || null,
    steps: v.steps.map((s) => ({
      name: s.name,
      phase: s.phase,
      unitId: s.unitId || null,
      allottedHours: hoursFrom(s.allottedHours),
    })),
  };
}

export function workflowToForm(
  w: Pick<Workflow, 'procedureCode' | 'ownerUnitId' | 'processingUnitId' | 'steps'>,
) {
  return {
    procedureCode: w.procedureCode,
    ownerUnitId: w.ownerUnitId,
    processingUnitId: w.processingUnitId ?? '',
    steps: w.steps.map((s) => ({
      name: s.name,
      phase: s.phase,
      unitId: s.unitId ?? '',
      allottedHours: String(s.allottedHours),
    })),
  } satisfies WorkflowFormValues;
}

export function stepFormValues(step: {
  name: string;
  phase: WorkflowPhase;
  allottedHours: number;
}): WorkflowStepFormValues {
  return { name: step.name, phase: step.phase, unitId: '', allottedHours: String(step.allottedHours) };
}

const TOP_FIELDS = ['procedureCode', 'ownerUnitId', 'processingUnitId', 'steps'] as const;
const STEP_FIELDS = ['name', 'phase', 'unitId', 'allottedHours'] as const;

/**
 * The form field a server error names. Create sends the workflow itself (`body.steps.0.allottedHours`),
 * update wraps it (`body.workflow.steps.0.unitId`); both land on the same field. A step that no longer
 * exists, or a step-level message (`body.steps.0`), falls back to the steps list.
 */
export function workflowErrorField(field: string, stepCount: number): string | undefined {
  const segments = field.split('.');
  if (segments[0] !== 'body') return undefined;
  const path = segments.slice(segments[1] === 'workflow' ? 2 : 1);
  const [top, index, leaf] = path;
  if (!TOP_FIELDS.some((f) => f === top)) return undefined;
  if (top !== 'steps' || index === undefined) return top;
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= stepCount) return 'steps';
  return STEP_FIELDS.some((f) => f === leaf) ? `steps.${i}.${leaf}` : 'steps';
}

export function mapWorkflowErrors(
  errors: readonly FieldError[],
  stepCount: number,
): { fields: { name: string; message: string }[]; rest: string[] } {
  const fields: { name: string; message: string }[] = [];
  const rest: string[] = [];
  for (const error of errors) {
    const name = workflowErrorField(error.field, stepCount);
    if (name === undefined) rest.push(error.message);
    else if (!fields.some((f) => f.name === name)) fields.push({ name, message: error.message });
  }
  return { fields, rest };
}
