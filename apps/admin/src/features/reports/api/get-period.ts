import { PeriodSchema, type Period } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export function getPeriod(id: string, signal?: AbortSignal): Promise<Period> {
  return api.get(`/reports/periods/${encodeURIComponent(id)}`, { schema: PeriodSchema, signal });
}

export function periodQueryOptions(id: string) {
  return queryOptions({
    queryKey: reportKeys.period(id),
    queryFn: ({ signal }) => getPeriod(id, signal),
  });
}

export function usePeriod(id: string) {
  return useQuery(periodQueryOptions(id));
}
