import { PeriodListSchema, type Period } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** The periods the officer's unit issued, or takes part in once issued; newest window first. */
export async function getPeriods(signal?: AbortSignal): Promise<Period[]> {
  return (await api.get('/reports/periods', { schema: PeriodListSchema, signal })).items;
}

export function periodsQueryOptions() {
  return queryOptions({
    queryKey: reportKeys.periods(),
    queryFn: ({ signal }) => getPeriods(signal),
  });
}

export function usePeriods() {
  return useQuery(periodsQueryOptions());
}
