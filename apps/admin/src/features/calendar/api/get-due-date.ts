import { DueDateResponseSchema, type DueDateQuery, type DueDateResponse } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKey } from './keys';

/** The legal clock on the server's calendar: the due date and how it was derived. */
export function getDueDate(query: DueDateQuery, signal?: AbortSignal): Promise<DueDateResponse> {
  return api.get('/calendar/due-date', { query, schema: DueDateResponseSchema, signal });
}

export function dueDateQueryOptions(query: DueDateQuery) {
  return queryOptions({
    queryKey: [...calendarKey, 'due-date', query],
    queryFn: ({ signal }) => getDueDate(query, signal),
  });
}

export function useDueDate(query: DueDateQuery | null) {
  return useQuery({
    ...dueDateQueryOptions(query ?? { start: '', amount: 0, unit: 'working_days' }),
    enabled: query !== null,
  });
}
