import { WorkflowSchema, type Workflow } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workflowsKey } from './keys';

/** Publishes a draft from a date; the API checks that the steps fit the legal limit. */
export function publishWorkflow({
  id,
  effectiveFrom,
  version,
}: {
  id: string;
  effectiveFrom: string;
  version: number;
}): Promise<Workflow> {
  return api.post(
    `/workflows/${encodeURIComponent(id)}/publish`,
    { effectiveFrom, version },
    { schema: WorkflowSchema },
  );
}

export function usePublishWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKey }),
  });
}
