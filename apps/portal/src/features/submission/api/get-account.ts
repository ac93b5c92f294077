import { CitizenSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getAccount(signal?: AbortSignal) {
  return api.request('/citizen/me', { parse: (data) => CitizenSchema.parse(data), signal });
}

/** The profile page's key: one cached copy of the signed-in citizen's account. */
export function accountQueryOptions() {
  return queryOptions({ queryKey: ['citizen', 'me'], queryFn: ({ signal }) => getAccount(signal) });
}

/** Fetched on demand only (`refetch`), when the citizen asks to fill a person in from the account. */
export function useAccount() {
  return useQuery({ ...accountQueryOptions(), enabled: false });
}
