import { DraftFileSchema, type Draft, type DraftFile } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../../lib/api';
import type { UploadProgress } from '../../../lib/api-client';
import { draftKeys } from './keys';

export type DraftFileUpload = {
  draftId: string;
  componentIndex: number;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/** Uploads one file (multipart field "file") to a component of a draft, reporting progress as it goes. */
export function uploadDraftFile({ draftId, componentIndex, file, onProgress, signal }: DraftFileUpload) {
  const path = `/citizen/drafts/${encodeURIComponent(draftId)}/files?componentIndex=${componentIndex}`;
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload(path, form, { onProgress, signal, parse: (data) => DraftFileSchema.parse(data) });
}

/** Adds a new file to the cached draft at once, then asks for the draft again (files change its version). */
export function useDraftFileAdded() {
  const queryClient = useQueryClient();
  return useCallback(
    (draftId: string, file: DraftFile) => {
      queryClient.setQueryData<Draft>(draftKeys.detail(draftId), (draft) =>
        draft && !draft.files.some((f) => f.id === file.id)
          ? { ...draft, files: [...draft.files, file] }
          : draft,
      );
      return queryClient.invalidateQueries({ queryKey: draftKeys.detail(draftId) });
    },
    [queryClient],
  );
}
