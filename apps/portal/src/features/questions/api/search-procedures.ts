import { ProcedurePageSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** How many procedures the question form lists at once; more words narrow the list. */
export const PROCEDURE_CHOICES = 8;

export function searchProcedures(q: string, signal?: AbortSignal) {
  const query = new URLSearchParams({ q, page: '1', pageSize: String(PROCEDURE_CHOICES) });
  return api.request(`/procedures?${query.toString()}`, {
    auth: false,
    parse: (data) => ProcedurePageSchema.parse(data),
    signal,
  });
}

export function procedureSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['procedures', 'list', 'choices', q],
    queryFn: ({ signal }) => searchProcedures(q, signal),
  });
}

/** The catalogue searched from inside the question form; nothing is asked before the citizen types. */
export function useProcedureSearch(q: string) {
  return useQuery({
    ...procedureSearchQueryOptions(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
