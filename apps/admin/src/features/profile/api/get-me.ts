import { MeSchema, type Me } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getMe(signal?: AbortSignal): Promise<Me> {
  return api.get('/me', { schema: MeSchema, signal });
}

export function meQueryOptions() {
  return queryOptions({ queryKey: ['me'], queryFn: ({ signal }) => getMe(signal) });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
