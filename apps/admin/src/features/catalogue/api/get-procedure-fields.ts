import { ProcedureFieldsSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

/** Fields (lĩnh vực) of the procedures in force: the list's filter and the editor's suggestions. */
export async function getProcedureFields(signal?: AbortSignal): Promise<string[]> {
  const { items } = await api.get('/procedures/fields', { schema: ProcedureFieldsSchema, signal });
  return items.map((item) => item.field);
}

export function procedureFieldsQueryOptions() {
  return queryOptions({
    queryKey: [...proceduresKey, 'fields'],
    queryFn: ({ signal }) => getProcedureFields(signal),
    staleTime: 5 * 60_000,
  });
}

export function useProcedureFields() {
  return useQuery(procedureFieldsQueryOptions());
}
