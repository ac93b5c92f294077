import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { draftKeys } from './keys';

export function deleteDraft(id: string) {
  return api.request<void>(`/citizen/drafts/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDraft,
    onSuccess: (_nothing, id) => {
      queryClient.removeQueries({ queryKey: draftKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: draftKeys.all, exact: true });
    },
  });
}
