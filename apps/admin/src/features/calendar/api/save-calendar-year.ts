import { CalendarYearSchema, type CalendarDay, type CalendarYear } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarKey } from './keys';

/** Replaces the exceptions of a year (national administrators only). */
export function saveCalendarYear({
  year,
  days,
}: {
  year: number;
  days: CalendarDay[];
}): Promise<CalendarYear> {
  return api.put(`/calendar/years/${year}`, { days }, { schema: CalendarYearSchema });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendarYear,
    onSuccess: (saved) => {
      queryClient.setQueryData([...calendarKey, 'year', saved.year], saved);
      return queryClient.invalidateQueries({ queryKey: calendarKey });
    },
  });
}
