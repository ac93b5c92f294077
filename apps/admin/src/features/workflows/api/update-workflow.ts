import { WorkflowSchema, type Workflow } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WorkflowContent } from './create-workflow';
import { workflowsKey } from './keys';

export function updateWorkflow({
  id,
  workflow,
  version,
}: {
  id: string;
  workflow: WorkflowContent;
  version: number;
}): Promise<Workflow> {
  return api.put(`/workflows/${encodeURIComponent(id)}`, { workflow, version }, { schema: WorkflowSchema });
}

export function useUpdateWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKey }),
  });
}
