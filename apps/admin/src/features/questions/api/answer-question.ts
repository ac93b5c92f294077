import { OfficerQuestionSchema } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { OfficerQuestion } from './get-questions';
import { questionKeys } from './keys';

/** Answers and publishes at once; `version` guards against answering a question someone else just answered. */
export function answerQuestion({
  id,
  answer,
  version,
}: {
  id: string;
  answer: string;
  version: number;
}): Promise<OfficerQuestion> {
  return api.post(
    `/questions/${encodeURIComponent(id)}/answer`,
    { answer, version },
    { schema: OfficerQuestionSchema },
  );
}

export function useAnswerQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerQuestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionKeys.all }),
  });
}
