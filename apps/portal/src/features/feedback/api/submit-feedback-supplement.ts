import { FeedbackTrackingSchema, type FeedbackSupplement } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { feedbackQueryOptions } from './get-feedback';

export function submitFeedbackSupplement({ code, ...input }: FeedbackSupplement & { code: string }) {
  return api.request(`/public/feedback/${encodeURIComponent(code)}/supplement`, {
    method: 'POST',
    auth: false,
    body: input,
    parse: (data) => FeedbackTrackingSchema.parse(data),
  });
}

/** Adds the information the agency asked for; the answer is the feedback as it now stands. */
export function useSubmitFeedbackSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitFeedbackSupplement,
    onSuccess: (feedback, { code }) =>
      queryClient.setQueryData(feedbackQueryOptions(code).queryKey, feedback),
  });
}
