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

/** The same key as the catalogue's procedure page, so coming from it the wizard opens without a second request. */
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
