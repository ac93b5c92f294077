import { ReportTemplateListSchema, type ReportTemplate } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportTemplatesKey } from './keys';

/** Every version of every report form (a handful of codes, so the list is not paged). */
export async function getReportTemplates(signal?: AbortSignal): Promise<ReportTemplate[]> {
  const { items } = await api.get('/reports/templates', { schema: ReportTemplateListSchema, signal });
  return items;
}

export function reportTemplatesQueryOptions() {
  return queryOptions({
    queryKey: [...reportTemplatesKey, 'list'],
    queryFn: ({ signal }) => getReportTemplates(signal),
  });
}

export function useReportTemplates() {
  return useQuery(reportTemplatesQueryOptions());
}
