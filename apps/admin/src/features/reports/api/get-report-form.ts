import { ReportFormSchema, type ReportForm } from '@motcua/shared';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { formPath, reportKeys, type FormRef } from './keys';

/**
 * One unit's form: its figures as entered, the system's, its children's accepted sums, what goes up, who is missing,
 * and what the officer may do with it.
 */
export function getReportForm(ref: FormRef, signal?: AbortSignal): Promise<ReportForm> {
  return api.get(formPath(ref), { schema: ReportFormSchema, signal });
}

export function reportFormQueryOptions(ref: FormRef) {
  return queryOptions({
    queryKey: reportKeys.form(ref),
    queryFn: ({ signal }) => getReportForm(ref, signal),
    // Its status and actions move with other people's work: look again whenever it is opened.
    staleTime: 0,
  });
}

export function useReportForm(ref: FormRef) {
  return useQuery(reportFormQueryOptions(ref));
}

/** The forms of one unit in a period, for their statuses on the period's page. */
export function useReportForms(refs: readonly FormRef[]) {
  return useQueries({ queries: refs.map((ref) => reportFormQueryOptions(ref)) });
}
