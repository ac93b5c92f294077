import { FeedbackDetailSchema, type FeedbackDetail } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

export function getFeedback(id: string, signal?: AbortSignal): Promise<FeedbackDetail> {
  return api.get(`/feedback/${encodeURIComponent(id)}`, { schema: FeedbackDetailSchema, signal });
}

export function feedbackQueryOptions(id: string) {
  return queryOptions({
    queryKey: feedbackKeys.detail(id),
    queryFn: ({ signal }) => getFeedback(id, signal),
    // The actions open to the officer depend on the latest state: look again whenever they come back to it.
    staleTime: 0,
  });
}

export function useFeedback(id: string) {
  return useQuery(feedbackQueryOptions(id));
}
