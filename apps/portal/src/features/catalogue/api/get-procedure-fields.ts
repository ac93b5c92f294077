import { ProcedureFieldsSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getProcedureFields(signal?: AbortSignal) {
  return api.request('/procedures/fields', {
    auth: false,
    parse: (data) => ProcedureFieldsSchema.parse(data),
    signal,
  });
}

export function procedureFieldsQueryOptions() {
  return queryOptions({
    queryKey: ['procedures', 'fields'],
    queryFn: ({ signal }) => getProcedureFields(signal),
    // The list of fields changes only when the catalogue is republished.
    staleTime: 10 * 60_000,
  });
}

export function useProcedureFields() {
  return useQuery(procedureFieldsQueryOptions());
}
