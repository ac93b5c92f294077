import { CitizenSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const profileQueryKey = ['citizen', 'me'] as const;

export function getProfile(signal?: AbortSignal) {
  return api.request('/citizen/me', { parse: (data) => CitizenSchema.parse(data), signal });
}

export function profileQueryOptions() {
  return queryOptions({ queryKey: profileQueryKey, queryFn: ({ signal }) => getProfile(signal) });
}

export function useProfile() {
  return useQuery(profileQueryOptions());
}
