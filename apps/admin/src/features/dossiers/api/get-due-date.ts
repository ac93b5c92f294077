import { DueDateResponseSchema, type DueDateQuery, type DueDateResponse } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

/** The legal clock on the server's working-day calendar: the appointment and how it was derived. */
export function getDueDate(params: DueDateQuery, signal?: AbortSignal): Promise<DueDateResponse> {
  return api.get('/calendar/due-date', {
    query: { start: params.start, amount: params.amount, unit: params.unit, cutoff: params.cutoff },
    schema: DueDateResponseSchema,
    signal,
  });
}

export function dueDateQueryOptions(params: DueDateQuery) {
  return queryOptions({
    queryKey: [...dossierKeys.all, 'due-date', params],
    queryFn: ({ signal }) => getDueDate(params, signal),
    // The start moves every minute; the previous answer stays on screen meanwhile.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useDueDatePreview(params: DueDateQuery | null) {
  return useQuery({
    ...dueDateQueryOptions(params ?? { start: '', amount: 0, unit: 'working_days' }),
    enabled: params !== null,
  });
}
