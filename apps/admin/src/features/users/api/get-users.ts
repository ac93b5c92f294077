import { UserPageSchema, type Role, type UserPage, type UserStatus } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type UsersParams = {
  q?: string | undefined;
  unitId?: string | undefined;
  includeSubunits?: boolean | undefined;
  role?: Role | undefined;
  status?: UserStatus | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export const usersKey = ['users'] as const;

export function getUsers(params: UsersParams, signal?: AbortSignal): Promise<UserPage> {
  return api.get('/users', {
    query: {
      q: params.q,
      unitId: params.unitId,
      includeSubunits: params.unitId ? String(params.includeSubunits ?? true) : undefined,
      role: params.role,
      status: params.status,
      page: params.page,
      pageSize: params.pageSize,
    },
    schema: UserPageSchema,
    signal,
  });
}

export function usersQueryOptions(params: UsersParams) {
  return queryOptions({
    queryKey: [...usersKey, 'list', params],
    queryFn: ({ signal }) => getUsers(params, signal),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: UsersParams) {
  return useQuery(usersQueryOptions(params));
}
