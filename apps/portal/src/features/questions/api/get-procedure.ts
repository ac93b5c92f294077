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
    // The same key as the catalogue's procedure page: coming from there, the procedure is already in the cache.
    queryKey: ['procedures', 'detail', code],
    queryFn: ({ signal }) => getProcedure(code, signal),
  });
}

/** The procedure a question is about (to show its name), once one is chosen. */
export function useProcedure(code: string | null) {
  return useQuery({ ...procedureQueryOptions(code ?? ''), enabled: code !== null });
}
