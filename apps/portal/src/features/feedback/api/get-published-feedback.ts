import { PublishedFeedbackPageSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { publishedFeedbackQuery, type FeedbackSearch } from '../feedback-search';

export function getPublishedFeedback(search: FeedbackSearch, signal?: AbortSignal) {
  return api.request(`/public/feedback?${publishedFeedbackQuery(search)}`, {
    auth: false,
    parse: (data) => PublishedFeedbackPageSchema.parse(data),
    signal,
  });
}

export function publishedFeedbackQueryOptions(search: FeedbackSearch) {
  return queryOptions({
    queryKey: ['public', 'feedback', 'published', search],
    queryFn: ({ signal }) => getPublishedFeedback(search, signal),
  });
}

/** The previous page stays on screen while the next one loads. */
export function usePublishedFeedback(search: FeedbackSearch) {
  return useQuery({ ...publishedFeedbackQueryOptions(search), placeholderData: keepPreviousData });
}
