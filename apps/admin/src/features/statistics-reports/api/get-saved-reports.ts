import { SavedReportListSchema, type SavedReport } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

/** The officer's own saved custom reports. */
export async function getSavedReports(signal?: AbortSignal): Promise<SavedReport[]> {
  const { items } = await api.get('/statistics/saved-reports', { schema: SavedReportListSchema, signal });
  return items;
}

export function savedReportsQueryOptions() {
  return queryOptions({
    queryKey: statisticsReportKeys.saved(),
    queryFn: ({ signal }) => getSavedReports(signal),
  });
}

export function useSavedReports() {
  return useQuery(savedReportsQueryOptions());
}
