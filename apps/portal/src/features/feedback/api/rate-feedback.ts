import { FeedbackTrackingSchema, type FeedbackRate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { feedbackQueryOptions } from './get-feedback';

export function rateFeedback({ code, ...input }: FeedbackRate & { code: string }) {
  return api.request(`/public/feedback/${encodeURIComponent(code)}/rating`, {
    method: 'POST',
    auth: false,
    body: input,
    parse: (data) => FeedbackTrackingSchema.parse(data),
  });
}

/** The sender's like or dislike of the published answer, given once. */
export function useRateFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateFeedback,
    onSuccess: (feedback, { code }) => {
      queryClient.setQueryData(feedbackQueryOptions(code).queryKey, feedback);
      // The public list shows the rating too.
      void queryClient.invalidateQueries({ queryKey: ['public', 'feedback', 'published'] });
    },
  });
}
