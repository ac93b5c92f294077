import { CitizenDossierSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myDossiersQueryKey } from './get-my-dossiers';

export function getMyDossier(id: string, signal?: AbortSignal) {
  return api.request(`/citizen/dossiers/${encodeURIComponent(id)}`, {
    parse: (data) => CitizenDossierSchema.parse(data),
    signal,
  });
}

export function myDossierQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...myDossiersQueryKey, id],
    queryFn: ({ signal }) => getMyDossier(id, signal),
    // Officers move the dossier on at any time: opening the page always asks again (the cached copy shows meanwhile).
    staleTime: 0,
  });
}

export function useMyDossier(id: string) {
  return useQuery(myDossierQueryOptions(id));
}
