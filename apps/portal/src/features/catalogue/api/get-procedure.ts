import { ProcedureSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getProcedure(code: string, signal?: AbortSignal) {
  return api.request(`/procedures/${encodeURIComponent(code)}`, {
    auth: false,
    parse: (data) => ProcedureSchema.parse(data),
    signal,
  });
}

export function procedureQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['procedures', 'detail', code],
    queryFn: ({ signal }) => getProcedure(code, signal),
  });
}

export function useProcedure(code: string) {
  return useQuery(procedureQueryOptions(code));
}
