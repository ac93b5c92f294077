import { DossierQueueCountsSchema, type DossierQueue } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export function getQueueCounts(signal?: AbortSignal): Promise<Partial<Record<DossierQueue, number>>> {
  return api
    .get('/dossiers/queues', { schema: DossierQueueCountsSchema, signal })
    .then((result) => result.counts);
}

export function queueCountsQueryOptions() {
  return queryOptions({
    queryKey: dossierKeys.counts(),
    queryFn: ({ signal }) => getQueueCounts(signal),
    // Other officers move dossiers into these queues all day: look again every minute.
    refetchInterval: 60_000,
  });
}

export function useQueueCounts() {
  return useQuery(queueCountsQueryOptions());
}
