import { BoardSchema, type Board } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** The units directly under the officer's unit: each form's status, late or on time, and counts per status. */
export function getBoard(periodId: string, signal?: AbortSignal): Promise<Board> {
  return api.get(`/reports/periods/${encodeURIComponent(periodId)}/board`, { schema: BoardSchema, signal });
}

export function boardQueryOptions(periodId: string) {
  return queryOptions({
    queryKey: reportKeys.board(periodId),
    queryFn: ({ signal }) => getBoard(periodId, signal),
    // Sub-units send their forms all day long: look again whenever the board is opened.
    staleTime: 0,
  });
}

export function useBoard(periodId: string) {
  return useQuery(boardQueryOptions(periodId));
}
