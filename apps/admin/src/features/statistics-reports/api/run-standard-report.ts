import {
  StatisticsTableSchema,
  type StandardReport,
  type StandardReportRun,
  type StatisticsTable,
} from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

/** One page of a standard report. A POST for its body, but it changes nothing, so it is read as a query. */
export function runStandardReport(
  report: StandardReport,
  run: StandardReportRun,
  signal?: AbortSignal,
): Promise<StatisticsTable> {
  return api.post(`/statistics/reports/${encodeURIComponent(report)}`, run, {
    schema: StatisticsTableSchema,
    signal,
  });
}

export function standardReportQueryOptions(report: StandardReport, run: StandardReportRun) {
  return queryOptions({
    queryKey: [...statisticsReportKeys.standard(), report, run],
    queryFn: ({ signal }) => runStandardReport(report, run, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStandardReport(report: StandardReport | undefined, run: StandardReportRun) {
  return useQuery({
    ...standardReportQueryOptions(report ?? 'received_direct', run),
    enabled: report !== undefined,
  });
}
