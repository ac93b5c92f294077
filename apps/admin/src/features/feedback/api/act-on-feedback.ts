import { FeedbackDetailSchema, type FeedbackActionInput, type FeedbackDetail } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

/** One officer action; `version` guards against acting on a copy someone else has moved on since. */
export function actOnFeedback({
  id,
  input,
}: {
  id: string;
  input: FeedbackActionInput;
}): Promise<FeedbackDetail> {
  return api.post(`/feedback/${encodeURIComponent(id)}/actions`, input, { schema: FeedbackDetailSchema });
}

export function useActOnFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnFeedback,
    onSuccess: (detail) => {
      queryClient.setQueryData(feedbackKeys.detail(detail.id), detail);
      // The feedback left one box for another; its status and deadline changed in every list.
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.statistics() });
    },
  });
}
