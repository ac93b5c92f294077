import { CitizenDossierSchema, type SupplementSubmitSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import { refetchOnConflict, storeDossier } from './dossier-cache';

type SupplementSubmit = { dossierId: string } & z.input<typeof SupplementSubmitSchema>;

/** Sends the uploaded documents to the agency: the dossier goes back to it and the legal clock resumes. */
export function submitSupplement({ dossierId, ...body }: SupplementSubmit) {
  return api.request(`/citizen/dossiers/${encodeURIComponent(dossierId)}/supplement`, {
    method: 'POST',
    body,
    parse: (data) => CitizenDossierSchema.parse(data),
  });
}

export function useSubmitSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSupplement,
    onSuccess: (dossier) => storeDossier(queryClient, dossier),
    onError: (error, { dossierId }) => refetchOnConflict(queryClient, dossierId, error),
  });
}
