import type { Period } from '@motcua/shared';
import type { QueryClient } from '@tanstack/react-query';
import { reportKeys } from './keys';

/**
 * After a period was issued or closed: the period itself, the list, and every form of it (what may be typed or done
 * follows the period's status).
 */
export function periodChanged(queryClient: QueryClient, period: Period): Promise<unknown> {
  queryClient.setQueryData(reportKeys.period(period.id), period);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.periods() }),
    queryClient.invalidateQueries({ queryKey: reportKeys.forms(period.id) }),
    queryClient.invalidateQueries({ queryKey: reportKeys.board(period.id) }),
  ]);
}

/** A change was refused: the period on screen is out of date. */
export function periodStale(queryClient: QueryClient, id: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.period(id) }),
    queryClient.invalidateQueries({ queryKey: reportKeys.periods() }),
  ]);
}
