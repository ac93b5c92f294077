import {
  FeedbackPageSchema,
  type FeedbackBox,
  type FeedbackCategory,
  type FeedbackStatus,
} from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

export type FeedbackPage = z.infer<typeof FeedbackPageSchema>;

export type FeedbackListParams = {
  box: FeedbackBox;
  status?: FeedbackStatus | undefined;
  category?: FeedbackCategory | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** One page of a box: what waits for classification, what the unit handles, or everything it took part in. */
export function getFeedbackList(params: FeedbackListParams, signal?: AbortSignal): Promise<FeedbackPage> {
  return api.get('/feedback', {
    query: {
      box: params.box,
      status: params.status,
      category: params.category,
      q: params.q,
      page: params.page,
      pageSize: params.pageSize,
    },
    schema: FeedbackPageSchema,
    signal,
  });
}

export function feedbackListQueryOptions(params: FeedbackListParams) {
  return queryOptions({
    queryKey: [...feedbackKeys.lists(), params],
    queryFn: ({ signal }) => getFeedbackList(params, signal),
    // Switching box or filters keeps the old rows on screen, dimmed, until the new ones arrive.
    placeholderData: keepPreviousData,
    // Colleagues act on the same feedback: look again whenever the queue is opened.
    staleTime: 0,
  });
}

export function useFeedbackList(params: FeedbackListParams) {
  return useQuery(feedbackListQueryOptions(params));
}

/** How many a box holds, for its tab: one row is asked for, the total is what counts. */
export function useFeedbackBoxCount(box: FeedbackBox) {
  return useQuery({
    ...feedbackListQueryOptions({ box, page: 1, pageSize: 1 }),
    placeholderData: undefined,
    select: (page) => page.total,
  });
}
