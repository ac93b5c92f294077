import { ProcedureSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api';

/** One procedure of the public catalogue, by its code. */
export function getProcedure(code: string, signal?: AbortSignal) {
  return api.request(`/procedures/${encodeURIComponent(code)}`, {
    auth: false,
    parse: (data) => ProcedureSchema.parse(data),
    signal,
  });
}

/**
 * One cache entry per procedure for the catalogue's page, the Q&A screens and the submission wizard: coming from
 * one of them, the others open without a second request.
 */
export function procedureQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['procedures', 'detail', code],
    queryFn: ({ signal }) => getProcedure(code, signal),
  });
}

/** `undefined` while the code is not known yet (a draft still loading). */
export function useProcedure(code: string | undefined) {
  return useQuery({ ...procedureQueryOptions(code ?? ''), enabled: code !== undefined });
}
