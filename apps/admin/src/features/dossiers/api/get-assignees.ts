import { AssigneesSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export type Assignee = z.infer<typeof AssigneesSchema>['items'][number];

export function getAssignees(signal?: AbortSignal): Promise<Assignee[]> {
  return api.get('/dossiers/assignees', { schema: AssigneesSchema, signal }).then((r) => r.items);
}

export function assigneesQueryOptions() {
  return queryOptions({
    queryKey: dossierKeys.assignees(),
    queryFn: ({ signal }) => getAssignees(signal),
    // The open-dossier counts guide the choice; keep them fresh.
    staleTime: 0,
  });
}

/** Officers a division head can assign (their own unit), with how many open dossiers each holds. */
export function useAssignees(enabled = true) {
  return useQuery({ ...assigneesQueryOptions(), enabled });
}
