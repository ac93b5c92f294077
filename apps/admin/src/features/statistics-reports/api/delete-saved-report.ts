import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

export async function deleteSavedReport(id: string): Promise<void> {
  await apiRequest(`/statistics/saved-reports/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteSavedReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSavedReport,
    onSettled: () => queryClient.invalidateQueries({ queryKey: statisticsReportKeys.saved() }),
  });
}
