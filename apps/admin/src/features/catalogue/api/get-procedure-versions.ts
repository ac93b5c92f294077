import { ProcedureVersionsSchema, type Procedure } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

/** Every version of a procedure, newest first. */
export async function getProcedureVersions(code: string, signal?: AbortSignal): Promise<Procedure[]> {
  const { items } = await api.get(`/admin/procedures/${encodeURIComponent(code)}/versions`, {
    schema: ProcedureVersionsSchema,
    signal,
  });
  return items;
}

export function procedureVersionsQueryOptions(code: string) {
  return queryOptions({
    queryKey: [...proceduresKey, 'versions', code],
    queryFn: ({ signal }) => getProcedureVersions(code, signal),
  });
}

export function useProcedureVersions(code: string) {
  return useQuery(procedureVersionsQueryOptions(code));
}
