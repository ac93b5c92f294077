import { ReportTemplateSchema, type ReportTemplate, type ReportTemplateCreateSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { reportTemplatesKey } from './keys';

/** What the API takes: the code, the name and the definition, as the shared schema outputs them. */
export type ReportTemplateBody = z.output<typeof ReportTemplateCreateSchema>;

/** The next version of a form's code, or version 1 of a new code. Periods keep the versions they were issued with. */
export function createReportTemplate(body: ReportTemplateBody): Promise<ReportTemplate> {
  return api.post('/reports/templates', body, { schema: ReportTemplateSchema });
}

export function useCreateReportTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createReportTemplate,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportTemplatesKey }),
        // The period dialog of the reporting screens lists the latest versions too.
        queryClient.invalidateQueries({ queryKey: ['reports', 'templates'] }),
      ]),
  });
}
