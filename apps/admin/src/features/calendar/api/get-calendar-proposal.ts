import { CalendarYearSchema, type CalendarYear } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/**
 * The generated proposal of a year (lunar Tết and Giỗ Tổ, compensation days), loaded into the editor on
 * request for the administrator to review; nothing is saved.
 */
export function getCalendarProposal(year: number): Promise<CalendarYear> {
  return api.get(`/calendar/years/${year}/proposal`, { schema: CalendarYearSchema });
}

export function useCalendarProposal() {
  return useMutation({ mutationFn: getCalendarProposal });
}
