import { WorkflowPreviewSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { workflowsKey } from './keys';

export type WorkflowPreview = z.infer<typeof WorkflowPreviewSchema>;

/** The steps a dossier received today at `unitId` would follow (the workflow in force, or the default). */
export function getWorkflowPreview(
  params: { procedureCode: string; unitId: string },
  signal?: AbortSignal,
): Promise<WorkflowPreview> {
  return api.get('/workflows/preview', { query: params, schema: WorkflowPreviewSchema, signal });
}

export function workflowPreviewQueryOptions(params: { procedureCode: string; unitId: string }) {
  return queryOptions({
    queryKey: [...workflowsKey, 'preview', params.procedureCode, params.unitId],
    queryFn: ({ signal }) => getWorkflowPreview(params, signal),
  });
}

export function useWorkflowPreview(params: { procedureCode: string; unitId: string } | null) {
  return useQuery({
    ...workflowPreviewQueryOptions(params ?? { procedureCode: '', unitId: '' }),
    enabled: params !== null,
  });
}
