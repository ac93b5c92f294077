import { CitizenDossierSchema, type StopRequestSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api';
import { refetchOnConflict, storeDossier } from './dossier-cache';

type StopRequest = { dossierId: string } & z.input<typeof StopRequestSchema>;

/**
 * One endpoint for both: a dossier the agency has not accepted is withdrawn at once; one it is working on gets a
 * stop request that the agency decides on.
 */
export function requestStop({ dossierId, ...body }: StopRequest) {
  return api.request(`/citizen/dossiers/${encodeURIComponent(dossierId)}/stop-request`, {
    method: 'POST',
    body,
    parse: (data) => CitizenDossierSchema.parse(data),
  });
}

export function useRequestStop() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestStop,
    onSuccess: (dossier) => storeDossier(queryClient, dossier),
    onError: (error, { dossierId }) => refetchOnConflict(queryClient, dossierId, error),
  });
}
