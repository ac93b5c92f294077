import { QuestionSchema, type QuestionCreate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myQuestionsQueryKey } from './get-my-questions';

export function createQuestion(input: QuestionCreate) {
  return api.request('/citizen/questions', {
    method: 'POST',
    body: input,
    parse: (data) => QuestionSchema.parse(data),
  });
}

/** Sends a question to the chosen agency; "Câu hỏi của tôi" then lists it as pending. */
export function useCreateQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createQuestion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myQuestionsQueryKey }),
  });
}
