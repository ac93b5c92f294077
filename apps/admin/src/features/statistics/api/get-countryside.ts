import { CountrysideSchema, type Countryside } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsKeys, type Scope } from './keys';

/** The communes under a unit, each with the new-countryside criterion's conditions met or not. */
export function getCountryside(scope: Scope, signal?: AbortSignal): Promise<Countryside> {
  return api.get('/statistics/countryside', {
    query: { unitId: scope.unitId, from: scope.from, to: scope.to },
    schema: CountrysideSchema,
    signal,
  });
}

export function countrysideQueryOptions(scope: Scope) {
  return queryOptions({
    queryKey: [...statisticsKeys.countryside(), scope],
    queryFn: ({ signal }) => getCountryside(scope, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCountryside(scope: Scope, enabled = true) {
  return useQuery({ ...countrysideQueryOptions(scope), enabled });
}
