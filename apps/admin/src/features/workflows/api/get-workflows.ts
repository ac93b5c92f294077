import { WorkflowListSchema, type Workflow } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workflowsKey } from './keys';

export async function getWorkflows(
  params: { procedureCode?: string | undefined },
  signal?: AbortSignal,
): Promise<Workflow[]> {
  const { items } = await api.get('/workflows', {
    query: { procedureCode: params.procedureCode },
    schema: WorkflowListSchema,
    signal,
  });
  return items;
}

export function workflowsQueryOptions(params: { procedureCode?: string | undefined }) {
  return queryOptions({
    queryKey: [...workflowsKey, 'list', params.procedureCode ?? null],
    queryFn: ({ signal }) => getWorkflows(params, signal),
  });
}

export function useWorkflows(params: { procedureCode?: string | undefined }) {
  return useQuery(workflowsQueryOptions(params));
}
