import { WorkflowSchema, type Workflow } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workflowsKey } from './keys';

export function getWorkflow(id: string, signal?: AbortSignal): Promise<Workflow> {
  return api.get(`/workflows/${encodeURIComponent(id)}`, { schema: WorkflowSchema, signal });
}

export function workflowQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...workflowsKey, 'one', id],
    queryFn: ({ signal }) => getWorkflow(id, signal),
    // The editor starts from what is stored now, not from a copy cached before someone else saved.
    staleTime: 0,
  });
}

export function useWorkflow(id: string | undefined) {
  return useQuery({ ...workflowQueryOptions(id ?? ''), enabled: id !== undefined });
}
