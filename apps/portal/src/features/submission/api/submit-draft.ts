import { CitizenDossierSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myDossiersQueryKey } from '../../dossiers/api/get-my-dossiers';
import { draftKeys } from './keys';

export type DraftSubmission = { id: string; version: number };

/**
 * Turns the draft into a dossier. The server checks the online submission rules and answers 400 with field errors
 * relative to the draft's data (`applicant.fullName`, `files.2`…); submitting the same draft again returns the same
 * dossier, so a retry after a lost answer does not file twice.
 */
export function submitDraft({ id, version }: DraftSubmission) {
  return api.request(`/citizen/drafts/${encodeURIComponent(id)}/submit`, {
    method: 'POST',
    body: { version },
    parse: (data) => CitizenDossierSchema.parse(data),
  });
}

export function useSubmitDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitDraft,
    onSuccess: (dossier) => {
      queryClient.setQueryData([...myDossiersQueryKey, dossier.id], dossier);
      void queryClient.invalidateQueries({ queryKey: myDossiersQueryKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: draftKeys.all, exact: true });
    },
  });
}
