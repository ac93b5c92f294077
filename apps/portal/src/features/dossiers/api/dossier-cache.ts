import type { CitizenDossier } from '@motcua/shared';
import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { myDossierQueryOptions } from './get-my-dossier';
import { myDossiersQueryKey } from './get-my-dossiers';

/**
 * Every citizen action answers with the whole dossier: it replaces the cached one at once (new state, appointment,
 * actions and version), and the list, which shows the state too, is fetched again.
 */
export function storeDossier(queryClient: QueryClient, dossier: CitizenDossier) {
  queryClient.setQueryData(myDossierQueryOptions(dossier.id).queryKey, dossier);
  void queryClient.invalidateQueries({ queryKey: myDossiersQueryKey, exact: true });
}

/**
 * A 409 means the dossier moved on meanwhile (an officer acted, another tab sent the same thing, the version is
 * stale): fetch it again so the page shows what is now true and offers only what is now allowed.
 */
export function refetchOnConflict(queryClient: QueryClient, dossierId: string, error: unknown) {
  if (isApiError(error) && error.status === 409) {
    void queryClient.invalidateQueries({ queryKey: myDossierQueryOptions(dossierId).queryKey });
  }
}
