import { FeedbackStatisticsSchema, type FeedbackStatistics } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DateRange } from '../lib/statistics';
import { feedbackKeys } from './keys';

/** Figures for feedback submitted within the range (Vietnam dates, both ends included). */
export function getFeedbackStatistics(range: DateRange, signal?: AbortSignal): Promise<FeedbackStatistics> {
  return api.get('/feedback/statistics', {
    query: { from: range.from, to: range.to },
    schema: FeedbackStatisticsSchema,
    signal,
  });
}

export function feedbackStatisticsQueryOptions(range: DateRange) {
  return queryOptions({
    queryKey: [...feedbackKeys.statistics(), range],
    queryFn: ({ signal }) => getFeedbackStatistics(range, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFeedbackStatistics(range: DateRange, enabled = true) {
  return useQuery({ ...feedbackStatisticsQueryOptions(range), enabled });
}
