import { ExportJobSchema, type ExportJob } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { isRunning } from '../lib/export-job';
import { statisticsReportKeys } from './keys';

/** How often a running export is asked for its progress. */
export const EXPORT_POLL_MS = 700;

export function getExport(id: string, signal?: AbortSignal): Promise<ExportJob> {
  return api.get(`/statistics/exports/${encodeURIComponent(id)}`, { schema: ExportJobSchema, signal });
}

export function exportQueryOptions(id: string) {
  return queryOptions({
    queryKey: statisticsReportKeys.exportJob(id),
    queryFn: ({ signal }) => getExport(id, signal),
    // Polls while the job is queued or running, then stops.
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data) ? false : EXPORT_POLL_MS),
  });
}

export function useExport(id: string | null) {
  return useQuery({ ...exportQueryOptions(id ?? ''), enabled: id !== null });
}
