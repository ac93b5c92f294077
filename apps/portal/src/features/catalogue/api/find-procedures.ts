import { FinderResultSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function findProcedures(situation: string, signal?: AbortSignal) {
  return api.request(`/procedures/finder?${new URLSearchParams({ situation }).toString()}`, {
    auth: false,
    parse: (data) => FinderResultSchema.parse(data),
    signal,
  });
}

export function finderQueryOptions(situation: string) {
  return queryOptions({
    queryKey: ['procedures', 'finder', situation],
    queryFn: ({ signal }) => findProcedures(situation, signal),
  });
}

/** Suggestions for a situation described in the citizen's own words; nothing is asked until there is one. */
export function useFinder(situation: string | null) {
  return useQuery({ ...finderQueryOptions(situation ?? ''), enabled: situation !== null });
}
