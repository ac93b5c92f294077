import { ProcedureSchema, type Procedure } from '@motcua/shared';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The version in force today of a procedure: its name and legal time limits. */
export function getProcedure(code: string, signal?: AbortSignal): Promise<Procedure> {
  return api.get(`/procedures/${encodeURIComponent(code)}`, { schema: ProcedureSchema, signal });
}

export function procedureQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['procedure-in-force', code],
    queryFn: ({ signal }) => getProcedure(code, signal),
    staleTime: 5 * 60_000,
  });
}

export function useProcedure(code: string | undefined) {
  return useQuery({ ...procedureQueryOptions(code ?? ''), enabled: Boolean(code) });
}

/**
 * The names of the procedures a list of workflows serves. A workflow names its procedure by code only, so the
 * list looks each distinct code up once (cached across screens).
 */
export function useProcedureNames(codes: readonly string[]): ReadonlyMap<string, string> {
  const distinct = [...new Set(codes)];
  const results = useQueries({ queries: distinct.map((code) => procedureQueryOptions(code)) });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    const code = distinct[index];
    if (code && result.data) names.set(code, result.data.name);
  });
  return names;
}
