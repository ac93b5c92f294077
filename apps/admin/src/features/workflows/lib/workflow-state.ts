import type { Workflow } from '@motcua/shared';

export type WorkflowState = 'draft' | 'in_force' | 'scheduled' | 'ended';

/** Where a workflow stands today; a published one is read by its dates, since publication ends the last one. */
export function workflowState(
  workflow: Pick<Workflow, 'status' | 'effectiveFrom' | 'effectiveTo'>,
  today: string,
): WorkflowState {
  if (workflow.status === 'draft') return 'draft';
  if (workflow.effectiveTo && workflow.effectiveTo < today) return 'ended';
  if (workflow.effectiveFrom && workflow.effectiveFrom > today) return 'scheduled';
  return workflow.status === 'retired' ? 'ended' : 'in_force';
}

/** Units a workflow can name: in tree order with their indented label, and whether they are in force today. */
export type WorkflowUnitOption = { id: string; label: string; name: string; inForce: boolean };
