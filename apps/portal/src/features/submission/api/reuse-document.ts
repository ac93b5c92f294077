import { DraftFileSchema } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { useDraftFileAdded } from './upload-draft-file';

export type DocumentReuse = { draftId: string; componentIndex: number; documentId: string };

/** Attaches one of the citizen's documents to a component: the server copies the reference, nothing is uploaded. */
export function reuseDocument({ draftId, componentIndex, documentId }: DocumentReuse) {
  return api.request(`/citizen/drafts/${encodeURIComponent(draftId)}/documents`, {
    method: 'POST',
    body: { componentIndex, documentId },
    parse: (data) => DraftFileSchema.parse(data),
  });
}

export function useReuseDocument() {
  const added = useDraftFileAdded();
  return useMutation({
    mutationFn: reuseDocument,
    onSuccess: (file, { draftId }) => added(draftId, file),
  });
}
