import { UserPageSchema, UserSchema, type User } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsReportKeys } from './keys';

/** Officers within reach whose name, username or e-mail matches (for the handler filter). */
export async function searchOfficers(q: string, signal?: AbortSignal): Promise<User[]> {
  const { items } = await api.get('/users', { query: { q, pageSize: 10 }, schema: UserPageSchema, signal });
  return items;
}

export function officersQueryOptions(q: string) {
  return queryOptions({
    queryKey: [...statisticsReportKeys.all, 'officers', q],
    queryFn: ({ signal }) => searchOfficers(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useOfficerSearch(q: string, enabled: boolean) {
  return useQuery({ ...officersQueryOptions(q), enabled: enabled && q.length >= 2 });
}

/** The handler a saved report filters by, to show their name. */
export function useOfficer(id: string) {
  return useQuery({
    queryKey: [...statisticsReportKeys.all, 'officer', id],
    queryFn: ({ signal }) => api.get(`/users/${encodeURIComponent(id)}`, { schema: UserSchema, signal }),
    enabled: id !== '',
    staleTime: 5 * 60_000,
    retry: false,
  });
}
