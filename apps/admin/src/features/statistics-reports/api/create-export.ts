import { ExportJobSchema, type ExportJob, type ExportRequest } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

/** Queues an export; the job runs in the background and is polled for its progress. */
export function createExport(request: ExportRequest): Promise<ExportJob> {
  return api.post('/statistics/exports', request, { schema: ExportJobSchema });
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExport,
    onSuccess: (job) => {
      queryClient.setQueryData(statisticsReportKeys.exportJob(job.id), job);
      void queryClient.invalidateQueries({ queryKey: statisticsReportKeys.exports(), exact: true });
    },
  });
}
