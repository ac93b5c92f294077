import { StatisticsTableSchema, type CustomReportRun, type StatisticsTable } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

/** One page of a custom report; read as a query (the POST only carries the definition). */
export function runCustomReport(run: CustomReportRun, signal?: AbortSignal): Promise<StatisticsTable> {
  return api.post('/statistics/custom', run, { schema: StatisticsTableSchema, signal });
}

export function customReportQueryOptions(run: CustomReportRun) {
  return queryOptions({
    queryKey: [...statisticsReportKeys.custom(), run],
    queryFn: ({ signal }) => runCustomReport(run, signal),
    placeholderData: keepPreviousData,
    // A server error names a field: show it on the form rather than trying again.
    retry: false,
  });
}

/** Runs only once the officer has asked for results (`run` is null before). */
export function useCustomReport(run: CustomReportRun | null) {
  return useQuery({
    ...customReportQueryOptions(run ?? { definition: { columns: [] } }),
    enabled: run !== null,
  });
}
