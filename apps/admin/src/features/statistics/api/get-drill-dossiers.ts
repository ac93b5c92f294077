import {
  StatisticsTableSchema,
  type Criterion,
  type StatisticsFilter,
  type StatisticsTable,
} from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Paging } from '../../../lib/url-filters';
import { statisticsKeys } from './keys';

/** What a drill-down list shows of each dossier. */
export const DRILL_COLUMNS = [
  'code',
  'procedure_name',
  'applicant_name',
  'receiving_unit',
  'received_at',
  'due_at',
  'state',
  'result',
] as const satisfies readonly Criterion[];

/** One page of the dossiers a filter selects, through the custom report without grouping. */
export function getDrillDossiers(
  filter: StatisticsFilter,
  paging: Paging,
  signal?: AbortSignal,
): Promise<StatisticsTable> {
  return api.post(
    '/statistics/custom',
    {
      definition: { columns: [...DRILL_COLUMNS], filter, groupBy: null },
      page: paging.page,
      pageSize: paging.pageSize,
    },
    { schema: StatisticsTableSchema, signal },
  );
}

export function drillDossiersQueryOptions(filter: StatisticsFilter, paging: Paging) {
  return queryOptions({
    queryKey: [...statisticsKeys.dossiers(), filter, paging],
    queryFn: ({ signal }) => getDrillDossiers(filter, paging, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDrillDossiers(filter: StatisticsFilter, paging: Paging) {
  return useQuery(drillDossiersQueryOptions(filter, paging));
}
