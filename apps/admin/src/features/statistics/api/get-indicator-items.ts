import { StatisticsItemPageSchema, type IndexMetric, type StatisticsItemPage } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Paging } from '../../../lib/url-filters';
import { statisticsKeys } from './keys';
import type { UnitWindow } from './get-unit-index';

export type IndicatorScope = UnitWindow & { indicator: IndexMetric };

/** The dossiers, feedback or procedures that lowered one indicator of a unit, each with the reason. */
export function getIndicatorItems(
  scope: IndicatorScope,
  paging: Paging,
  signal?: AbortSignal,
): Promise<StatisticsItemPage> {
  const path = `/statistics/quality-index/${encodeURIComponent(scope.unitId)}/indicators/${encodeURIComponent(scope.indicator)}`;
  return api.get(path, {
    query: { from: scope.from, to: scope.to, page: paging.page, pageSize: paging.pageSize },
    schema: StatisticsItemPageSchema,
    signal,
  });
}

export function indicatorItemsQueryOptions(scope: IndicatorScope, paging: Paging) {
  return queryOptions({
    queryKey: [...statisticsKeys.indicator(), scope, paging],
    queryFn: ({ signal }) => getIndicatorItems(scope, paging, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorItems(scope: IndicatorScope, paging: Paging, enabled = true) {
  return useQuery({ ...indicatorItemsQueryOptions(scope, paging), enabled });
}
