import { UnitListSchema, type Unit } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

/** The units in the officer's reach today, for the unit filter. */
export async function getUnitsInReach(signal?: AbortSignal): Promise<Unit[]> {
  const { items } = await api.get('/units', { schema: UnitListSchema, signal });
  return items;
}

export function unitsInReachQueryOptions() {
  return queryOptions({
    queryKey: [...statisticsReportKeys.all, 'units'],
    queryFn: ({ signal }) => getUnitsInReach(signal),
    staleTime: 5 * 60_000,
  });
}

export function useUnitsInReach() {
  return useQuery(unitsInReachQueryOptions());
}
