import { DossierSchema, type Dossier, type DossierActionInput } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export function actOnDossier({ id, input }: { id: string; input: DossierActionInput }): Promise<Dossier> {
  return api.post(`/dossiers/${encodeURIComponent(id)}/actions`, input, { schema: DossierSchema });
}

export function useActOnDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnDossier,
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierKeys.detail(dossier.id), dossier);
      // The dossier left one queue for another, and an assignee's load changed.
      void queryClient.invalidateQueries({ queryKey: dossierKeys.counts() });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.assignees() });
    },
  });
}
