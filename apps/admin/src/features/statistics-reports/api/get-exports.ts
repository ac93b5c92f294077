import { ExportJobListSchema, type ExportJob } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isRunning } from '../lib/export-job';
import { EXPORT_POLL_MS } from './get-export';
import { statisticsReportKeys } from './keys';

/** The officer's latest 20 exports, newest first. */
export async function getExports(signal?: AbortSignal): Promise<ExportJob[]> {
  const { items } = await api.get('/statistics/exports', { schema: ExportJobListSchema, signal });
  return items;
}

export function exportsQueryOptions() {
  return queryOptions({
    queryKey: statisticsReportKeys.exports(),
    queryFn: ({ signal }) => getExports(signal),
    // While one of them runs, the list follows it (less often than the job being watched).
    refetchInterval: (query) => (query.state.data?.some(isRunning) ? EXPORT_POLL_MS * 3 : false),
  });
}

export function useExports() {
  return useQuery(exportsQueryOptions());
}
