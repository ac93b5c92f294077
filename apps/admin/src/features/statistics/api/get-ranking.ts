import { RankingSchema, type Ranking, type UnitLevel } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsKeys, type Scope } from './keys';

export type RankingScope = Scope & { level?: UnitLevel | undefined };

/** The units of one level under a unit, ranked by their service-quality index over the window. */
export function getRanking(scope: RankingScope, signal?: AbortSignal): Promise<Ranking> {
  return api.get('/statistics/quality-index', {
    query: { unitId: scope.unitId, level: scope.level, from: scope.from, to: scope.to },
    schema: RankingSchema,
    signal,
  });
}

export function rankingQueryOptions(scope: RankingScope) {
  return queryOptions({
    queryKey: [...statisticsKeys.ranking(), scope],
    queryFn: ({ signal }) => getRanking(scope, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRanking(scope: RankingScope, enabled = true) {
  return useQuery({ ...rankingQueryOptions(scope), enabled });
}
