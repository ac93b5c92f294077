import { CitizenDossierListSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const myDossiersQueryKey = ['citizen', 'dossiers'] as const;

export function getMyDossiers(signal?: AbortSignal) {
  return api.request('/citizen/dossiers', { parse: (data) => CitizenDossierListSchema.parse(data), signal });
}

export function myDossiersQueryOptions() {
  // Officers move dossiers on at any time: opening the list always asks again (the cached copy shows meanwhile).
  return queryOptions({
    queryKey: myDossiersQueryKey,
    queryFn: ({ signal }) => getMyDossiers(signal),
    staleTime: 0,
  });
}

export function useMyDossiers() {
  return useQuery(myDossiersQueryOptions());
}
