import { DraftSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { draftKeys } from './keys';

/** Starts a draft; the server fills the applicant in from the citizen's account. */
export function createDraft(procedureCode: string) {
  return api.request('/citizen/drafts', {
    method: 'POST',
    body: { procedureCode },
    parse: (data) => DraftSchema.parse(data),
  });
}

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDraft,
    onSuccess: (draft) => {
      queryClient.setQueryData(draftKeys.detail(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: draftKeys.all, exact: true });
    },
  });
}
