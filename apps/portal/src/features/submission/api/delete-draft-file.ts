import type { Draft } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { draftKeys } from './keys';

export type DraftFileRemoval = { draftId: string; fileId: string };

export function deleteDraftFile({ draftId, fileId }: DraftFileRemoval) {
  return api.request<void>(
    `/citizen/drafts/${encodeURIComponent(draftId)}/files/${encodeURIComponent(fileId)}`,
    { method: 'DELETE' },
  );
}

export function useDeleteDraftFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDraftFile,
    onSuccess: (_nothing, { draftId, fileId }) => {
      queryClient.setQueryData<Draft>(draftKeys.detail(draftId), (draft) =>
        draft ? { ...draft, files: draft.files.filter((f) => f.id !== fileId) } : draft,
      );
      return queryClient.invalidateQueries({ queryKey: draftKeys.detail(draftId) });
    },
  });
}
