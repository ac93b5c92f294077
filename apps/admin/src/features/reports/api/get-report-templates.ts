import { ReportTemplateListSchema, type ReportTemplate } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** Every version of every form (biểu mẫu). */
export async function getReportTemplates(signal?: AbortSignal): Promise<ReportTemplate[]> {
  return (await api.get('/reports/templates', { schema: ReportTemplateListSchema, signal })).items;
}

export function reportTemplatesQueryOptions() {
  return queryOptions({
    queryKey: reportKeys.templates(),
    queryFn: ({ signal }) => getReportTemplates(signal),
    // New versions are rare; the dialog that needs them opens well after the list loaded.
    staleTime: 5 * 60_000,
  });
}

/** Asked for only when the period dialog opens. */
export function useReportTemplates(enabled = true) {
  return useQuery({ ...reportTemplatesQueryOptions(), enabled });
}
