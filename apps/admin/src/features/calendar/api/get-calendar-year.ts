import { CalendarYearSchema, type CalendarYear } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKey } from './keys';

/** Days off on weekdays and make-up Saturdays of a year. */
export function getCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return api.get(`/calendar/years/${year}`, { schema: CalendarYearSchema, signal });
}

export function calendarYearQueryOptions(year: number) {
  return queryOptions({
    queryKey: [...calendarKey, 'year', year],
    queryFn: ({ signal }) => getCalendarYear(year, signal),
    staleTime: 5 * 60_000,
  });
}

export function useCalendarYear(year: number) {
  return useQuery(calendarYearQueryOptions(year));
}
