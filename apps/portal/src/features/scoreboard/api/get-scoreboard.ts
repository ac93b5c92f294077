import { ScoreboardSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { scoreboardQuery, type ScoreboardSelection } from '../lib/scoreboard-params';

export function getScoreboard(selection: ScoreboardSelection, signal?: AbortSignal) {
  return api.request(`/public/scoreboard?${scoreboardQuery(selection)}`, {
    auth: false,
    parse: (data) => ScoreboardSchema.parse(data),
    signal,
  });
}

export function scoreboardQueryOptions(selection: ScoreboardSelection) {
  return queryOptions({
    queryKey: ['public', 'scoreboard', selection],
    queryFn: ({ signal }) => getScoreboard(selection, signal),
    // A year's figures move slowly: switching back and forth between provinces need not ask again.
    staleTime: 5 * 60_000,
  });
}

/** The previous province or year stays on screen while the next one loads. */
export function useScoreboard(selection: ScoreboardSelection) {
  return useQuery({ ...scoreboardQueryOptions(selection), placeholderData: keepPreviousData });
}
