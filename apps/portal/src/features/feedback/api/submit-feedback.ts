import { FeedbackReceiptSchema, type FeedbackSubmit } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function submitFeedback(input: FeedbackSubmit) {
  return api.request('/public/feedback', {
    method: 'POST',
    auth: false,
    body: input,
    parse: (data) => FeedbackReceiptSchema.parse(data),
  });
}

/** Sends the feedback; the receipt carries its code and the sender's access key (shown once). */
export function useSubmitFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitFeedback,
    onSuccess: (receipt) => queryClient.removeQueries({ queryKey: ['public', 'feedback', receipt.code] }),
  });
}
