import { QualityIndexSchema, type QualityIndex } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { statisticsKeys } from './keys';

export type UnitWindow = { unitId: string; from: string; to: string };

/** One unit's index: each group with its indicators (numerator, denominator, rate, score). */
export function getUnitIndex(scope: UnitWindow, signal?: AbortSignal): Promise<QualityIndex> {
  return api.get(`/statistics/quality-index/${encodeURIComponent(scope.unitId)}`, {
    query: { from: scope.from, to: scope.to },
    schema: QualityIndexSchema,
    signal,
  });
}

export function unitIndexQueryOptions(scope: UnitWindow) {
  return queryOptions({
    queryKey: [...statisticsKeys.unitIndex(), scope],
    queryFn: ({ signal }) => getUnitIndex(scope, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnitIndex(scope: UnitWindow, enabled = true) {
  return useQuery({ ...unitIndexQueryOptions(scope), enabled });
}
