import { FeedbackAgencyListSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getFeedbackAgencies(signal?: AbortSignal) {
  return api.request('/public/feedback/agencies', {
    auth: false,
    parse: (data) => FeedbackAgencyListSchema.parse(data),
    signal,
  });
}

export function feedbackAgenciesQueryOptions() {
  return queryOptions({
    queryKey: ['public', 'feedback', 'agencies'],
    queryFn: ({ signal }) => getFeedbackAgencies(signal),
    // The agencies that take feedback change rarely: one load serves the whole visit.
    staleTime: 30 * 60_000,
  });
}

/** The agencies a citizen may send feedback to; searched in the browser (the list is short). */
export function useFeedbackAgencies() {
  return useQuery(feedbackAgenciesQueryOptions());
}
