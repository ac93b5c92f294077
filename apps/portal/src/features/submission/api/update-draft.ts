import { DraftSchema, type DraftData } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { draftKeys } from './keys';

export type DraftSave = { id: string; data: DraftData; version: number };

/** Saves what was typed so far (valid or not); a stale version is refused with 409. */
export function updateDraft({ id, data, version }: DraftSave) {
  return api.request(`/citizen/drafts/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { data, version },
    parse: (response) => DraftSchema.parse(response),
  });
}

export function useUpdateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDraft,
    onSuccess: (draft) => queryClient.setQueryData(draftKeys.detail(draft.id), draft),
  });
}
