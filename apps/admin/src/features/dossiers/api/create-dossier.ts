import { DossierSchema, type CounterIntake, type Dossier } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export function createDossier(input: CounterIntake): Promise<Dossier> {
  return api.post('/dossiers', input, { schema: DossierSchema });
}

export function useCreateDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDossier,
    onSuccess: (dossier) => {
      // The detail screen opens next: it starts from the answer instead of fetching it again.
      queryClient.setQueryData(dossierKeys.detail(dossier.id), dossier);
      void queryClient.invalidateQueries({ queryKey: dossierKeys.counts() });
      void queryClient.invalidateQueries({ queryKey: dossierKeys.lists() });
    },
  });
}
