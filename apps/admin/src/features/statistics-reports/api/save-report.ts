import { SavedReportSchema, type SavedReport, type SavedReportInput } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

export function createSavedReport(input: SavedReportInput): Promise<SavedReport> {
  return api.post('/statistics/saved-reports', input, { schema: SavedReportSchema });
}

export type SavedReportUpdate = SavedReportInput & { id: string; version: number };

/** Replaces the name and definition; a stale `version` is refused with 409 (changed in another tab). */
export function updateSavedReport({ id, ...input }: SavedReportUpdate): Promise<SavedReport> {
  return api.put(`/statistics/saved-reports/${encodeURIComponent(id)}`, input, { schema: SavedReportSchema });
}

export function useCreateSavedReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSavedReport,
    onSettled: () => queryClient.invalidateQueries({ queryKey: statisticsReportKeys.saved() }),
  });
}

export function useUpdateSavedReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSavedReport,
    // A conflict too: the list then holds what the other tab saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: statisticsReportKeys.saved() }),
  });
}
