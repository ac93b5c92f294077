import { DossierSchema, type Dossier } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export function getDossier(id: string, signal?: AbortSignal): Promise<Dossier> {
  return api.get(`/dossiers/${encodeURIComponent(id)}`, { schema: DossierSchema, signal });
}

export function dossierQueryOptions(id: string) {
  return queryOptions({
    queryKey: dossierKeys.detail(id),
    queryFn: ({ signal }) => getDossier(id, signal),
    // The allowed actions depend on the latest state: look again whenever the officer comes back to it.
    staleTime: 0,
  });
}

export function useDossier(id: string) {
  return useQuery(dossierQueryOptions(id));
}
