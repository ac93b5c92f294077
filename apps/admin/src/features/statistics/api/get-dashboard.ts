import { DashboardSchema, type Dashboard } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsKeys, type Scope } from './keys';

/** The leaders' dashboard of a unit's subtree over a window of received dates. */
export function getDashboard(scope: Scope, signal?: AbortSignal): Promise<Dashboard> {
  return api.get('/statistics/dashboard', {
    query: { unitId: scope.unitId, from: scope.from, to: scope.to },
    schema: DashboardSchema,
    signal,
  });
}

export function dashboardQueryOptions(scope: Scope) {
  return queryOptions({
    queryKey: [...statisticsKeys.dashboard(), scope],
    queryFn: ({ signal }) => getDashboard(scope, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(scope: Scope, enabled = true) {
  return useQuery({ ...dashboardQueryOptions(scope), enabled });
}
