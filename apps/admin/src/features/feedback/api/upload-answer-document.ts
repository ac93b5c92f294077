import { FeedbackDetailSchema, type FeedbackDetail } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { feedbackKeys } from './keys';

/**
 * Attaches (or replaces) the official answer document, PDF or Word, as multipart field `file`. The server checks
 * the type by content; `version` guards like an action's.
 */
export function uploadAnswerDocument({
  id,
  version,
  file,
}: {
  id: string;
  version: number;
  file: File;
}): Promise<FeedbackDetail> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post(`/feedback/${encodeURIComponent(id)}/answer-document`, body, {
    query: { version },
    schema: FeedbackDetailSchema,
  });
}

export function useUploadAnswerDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAnswerDocument,
    onSuccess: (detail) => queryClient.setQueryData(feedbackKeys.detail(detail.id), detail),
  });
}
