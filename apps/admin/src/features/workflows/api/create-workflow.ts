import { WorkflowSchema, type Workflow, type WorkflowInputSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { workflowsKey } from './keys';

export type WorkflowContent = z.output<typeof WorkflowInputSchema>;

/** A draft workflow of a procedure for a unit and its subtree. */
export function createWorkflow(input: WorkflowContent): Promise<Workflow> {
  return api.post('/workflows', input, { schema: WorkflowSchema });
}

export function useCreateWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKey }),
  });
}
