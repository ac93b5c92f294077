import { QuestionListSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const myQuestionsQueryKey = ['citizen', 'questions'] as const;

export function getMyQuestions(signal?: AbortSignal) {
  return api.request('/citizen/questions', { parse: (data) => QuestionListSchema.parse(data), signal });
}

export function myQuestionsQueryOptions() {
  return queryOptions({ queryKey: myQuestionsQueryKey, queryFn: ({ signal }) => getMyQuestions(signal) });
}

export function useMyQuestions(enabled = true) {
  return useQuery({ ...myQuestionsQueryOptions(), enabled });
}
