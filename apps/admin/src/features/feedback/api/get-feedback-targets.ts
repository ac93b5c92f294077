import { FeedbackTargetsSchema, type FeedbackTargets } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

/** Where the officer may send a feedback: forward within the agency, transfer to another agency. */
export function getFeedbackTargets(id: string, signal?: AbortSignal): Promise<FeedbackTargets> {
  return api.get(`/feedback/${encodeURIComponent(id)}/targets`, { schema: FeedbackTargetsSchema, signal });
}

export function feedbackTargetsQueryOptions(id: string) {
  return queryOptions({
    queryKey: feedbackKeys.targets(id),
    queryFn: ({ signal }) => getFeedbackTargets(id, signal),
    // The organisation chart changes rarely.
    staleTime: 5 * 60_000,
  });
}

/** Asked for only when a forward or transfer dialog opens. */
export function useFeedbackTargets(id: string, enabled: boolean) {
  return useQuery({ ...feedbackTargetsQueryOptions(id), enabled });
}
