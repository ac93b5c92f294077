import { WorkflowInputSchema } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { defaultSteps } from './step-hours';
import {
  formToWorkflowInput,
  mapWorkflowErrors,
  stepFormValues,
  workflowErrorField,
  workflowToForm,
  type WorkflowFormValues,
} from './workflow-form';

const OWNER = '0b0c2a5e-4a55-4e0f-9d0c-2f4a8f3c1d11';
const PARTNER = '4f4b7f0e-3b4c-4a4e-8c2e-6d0a1b2c3d44';

function form(): WorkflowFormValues {
  return {
    procedureCode: '1.004222',
    ownerUnitId: OWNER,
    processingUnitId: '',
    steps: defaultSteps(56).map(stepFormValues),
  };
}

describe('workflow form ↔ request body', () => {
  it('turns the default steps into a body the shared schema accepts', () => {
    const input = formToWorkflowInput(form());
    expect(WorkflowInputSchema.safeParse(input).success).toBe(true);
    expect(input.processingUnitId).toBeNull();
    expect(input.steps[2]).toEqual({
      name: 'Thẩm định, xử lý',
      phase: 'processing',
      unitId: null,
      allottedHours: 36,
    });
  });

  it('reads a decimal comma and reports an empty hours box', () => {
    const values = form();
    const [first, second] = values.steps;
    if (!first || !second) throw new Error('no steps');
    first.allottedHours = '1,5';
    second.allottedHours = ' ';
    const input = formToWorkflowInput(values);
    expect(input.steps[0]?.allottedHours).toBe(1.5);
    const parsed = WorkflowInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['steps', 1, 'allottedHours']);
  });

  it('round-trips a stored workflow with a partner agency step', () => {
    const values = form();
    const [, second] = values.steps;
    if (!second) throw new Error('no steps');
    second.unitId = PARTNER;
    const input = WorkflowInputSchema.parse(formToWorkflowInput(values));
    expect(workflowToForm({ ...input, processingUnitId: input.processingUnitId ?? null })).toEqual(values);
  });
});

describe('server errors on the workflow form', () => {
  it('puts create and update errors on the same step field', () => {
    expect(workflowErrorField('body.steps.1.unitId', 6)).toBe('steps.1.unitId');
    expect(workflowErrorField('body.workflow.steps.1.unitId', 6)).toBe('steps.1.unitId');
    expect(workflowErrorField('body.workflow.procedureCode', 6)).toBe('procedureCode');
    expect(workflowErrorField('body.processingUnitId', 6)).toBe('processingUnitId');
  });

  it('falls back to the steps list, and leaves the rest to the form-level message', () => {
    expect(workflowErrorField('body.steps.9.name', 6)).toBe('steps');
    expect(workflowErrorField('body.steps.0', 6)).toBe('steps');
    expect(workflowErrorField('body', 6)).toBeUndefined();
    expect(workflowErrorField('query.unitId', 6)).toBeUndefined();
    const mapped = mapWorkflowErrors(
      [
        {
          field: 'body',
          message: 'Tổng thời gian các bước (68 giờ) vượt thời hạn giải quyết (56 giờ làm việc)',
        },
        { field: 'body.steps', message: 'Bước cuối cùng là trả kết quả' },
        { field: 'body.steps.0.phase', message: 'Bước đầu tiên là tiếp nhận' },
      ],
      6,
    );
    expect(mapped.fields).toEqual([
      { name: 'steps', message: 'Bước cuối cùng là trả kết quả' },
      { name: 'steps.0.phase', message: 'Bước đầu tiên là tiếp nhận' },
    ]);
    expect(mapped.rest).toEqual([
      'Tổng thời gian các bước (68 giờ) vượt thời hạn giải quyết (56 giờ làm việc)',
    ]);
  });
});
