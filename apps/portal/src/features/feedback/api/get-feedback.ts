import { FeedbackTrackingSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getFeedback(code: string, signal?: AbortSignal) {
  // No sign-in: anyone holding the code may see where the feedback stands.
  return api.request(`/public/feedback/${encodeURIComponent(code)}`, {
    auth: false,
    parse: (data) => FeedbackTrackingSchema.parse(data),
    signal,
  });
}

export function feedbackQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['public', 'feedback', code],
    queryFn: ({ signal }) => getFeedback(code, signal),
  });
}

export function useFeedback(code: string | null) {
  return useQuery({ ...feedbackQueryOptions(code ?? ''), enabled: code !== null });
}
