import { UnitListSchema, type Unit } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type UnitsParams = {
  /** Only units in force on this date (YYYY-MM-DD). */
  at?: string | undefined;
  /** Without `at`: also units no longer in force today. */
  includeInactive?: boolean | undefined;
};

export const unitsKey = ['units'] as const;

export async function getUnits(params: UnitsParams, signal?: AbortSignal): Promise<Unit[]> {
  const { items } = await api.get('/units', {
    query: { at: params.at, includeInactive: params.includeInactive ? 'true' : undefined },
    schema: UnitListSchema,
    signal,
  });
  return items;
}

export function unitsQueryOptions(params: UnitsParams = {}) {
  // One key per distinct request, so `{}` and `{ includeInactive: false }` share a cache entry.
  const normalized = {
    at: params.at ?? null,
    includeInactive: params.at ? false : Boolean(params.includeInactive),
  };
  return queryOptions({
    queryKey: [...unitsKey, 'list', normalized],
    queryFn: ({ signal }) =>
      getUnits({ at: normalized.at ?? undefined, includeInactive: normalized.includeInactive }, signal),
    staleTime: 60_000,
  });
}

export function useUnits(params: UnitsParams = {}) {
  return useQuery(unitsQueryOptions(params));
}
