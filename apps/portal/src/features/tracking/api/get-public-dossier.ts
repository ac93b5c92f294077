import { PublicDossierSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getPublicDossier(code: string, signal?: AbortSignal) {
  // No sign-in: anyone holding the code (printed on the receipt, in its QR code) may follow the dossier.
  return api.request(`/public/dossiers/${encodeURIComponent(code)}`, {
    auth: false,
    parse: (data) => PublicDossierSchema.parse(data),
    signal,
  });
}

export function publicDossierQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['public', 'dossiers', code],
    queryFn: ({ signal }) => getPublicDossier(code, signal),
  });
}

export function usePublicDossier(code: string | null) {
  return useQuery({ ...publicDossierQueryOptions(code ?? ''), enabled: code !== null });
}
