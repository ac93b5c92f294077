import { ProcedureSchema, type Procedure } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

export function getProcedureVersion(id: string, signal?: AbortSignal): Promise<Procedure> {
  return api.get(`/admin/procedure-versions/${encodeURIComponent(id)}`, { schema: ProcedureSchema, signal });
}

export function procedureVersionQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...proceduresKey, 'version', id],
    queryFn: ({ signal }) => getProcedureVersion(id, signal),
    // The editor starts from what is stored now, not from a copy cached before someone else saved.
    staleTime: 0,
  });
}

export function useProcedureVersion(id: string) {
  return useQuery(procedureVersionQueryOptions(id));
}
