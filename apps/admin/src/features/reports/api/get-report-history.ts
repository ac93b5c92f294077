import { ReportHistorySchema, type ReportHistory } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { formPath, reportKeys, type FormRef } from './keys';

/** Who did what to the form and when; approvals and acceptances keep the figures as they were (`snapshot`). */
export async function getReportHistory(ref: FormRef, signal?: AbortSignal): Promise<ReportHistory['items']> {
  return (await api.get(`${formPath(ref)}/history`, { schema: ReportHistorySchema, signal })).items;
}

export function reportHistoryQueryOptions(ref: FormRef) {
  return queryOptions({
    queryKey: reportKeys.history(ref),
    queryFn: ({ signal }) => getReportHistory(ref, signal),
  });
}

export function useReportHistory(ref: FormRef) {
  return useQuery(reportHistoryQueryOptions(ref));
}
