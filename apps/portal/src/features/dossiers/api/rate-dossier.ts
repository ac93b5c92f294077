import { CitizenDossierSchema, type RatingInput } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { refetchOnConflict, storeDossier } from './dossier-cache';

type Rating = { dossierId: string } & RatingInput;

/** The citizen's one rating of the service, once the result is returned (409 if it was already given). */
export function rateDossier({ dossierId, ...body }: Rating) {
  return api.request(`/citizen/dossiers/${encodeURIComponent(dossierId)}/rating`, {
    method: 'POST',
    body,
    parse: (data) => CitizenDossierSchema.parse(data),
  });
}

export function useRateDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateDossier,
    onSuccess: (dossier) => storeDossier(queryClient, dossier),
    onError: (error, { dossierId }) => refetchOnConflict(queryClient, dossierId, error),
  });
}
