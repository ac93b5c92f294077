import { ProcedureSchema, type Procedure } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

/** The version of a procedure in force today: its cases, components, time limits and fees. */
export function getProcedure(code: string, signal?: AbortSignal): Promise<Procedure> {
  return api.get(`/procedures/${encodeURIComponent(code)}`, { schema: ProcedureSchema, signal });
}

export function procedureQueryOptions(code: string) {
  return queryOptions({
    queryKey: [...dossierKeys.all, 'procedure', code],
    queryFn: ({ signal }) => getProcedure(code, signal),
    staleTime: 5 * 60_000,
  });
}

export function useProcedure(code: string) {
  return useQuery({ ...procedureQueryOptions(code), enabled: code !== '' });
}
