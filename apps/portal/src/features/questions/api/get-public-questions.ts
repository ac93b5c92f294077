import { QuestionPageSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { publicQuestionsQuery, type QuestionsSearch } from '../questions-search';

export function getPublicQuestions(search: QuestionsSearch, signal?: AbortSignal) {
  return api.request(`/public/questions?${publicQuestionsQuery(search)}`, {
    auth: false,
    parse: (data) => QuestionPageSchema.parse(data),
    signal,
  });
}

export function publicQuestionsQueryOptions(search: QuestionsSearch) {
  return queryOptions({
    queryKey: ['public', 'questions', search],
    queryFn: ({ signal }) => getPublicQuestions(search, signal),
  });
}

/** The previous page stays on screen while the next one loads. */
export function usePublicQuestions(search: QuestionsSearch) {
  return useQuery({ ...publicQuestionsQueryOptions(search), placeholderData: keepPreviousData });
}
