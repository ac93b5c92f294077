import { OfficerQuestionPageSchema, type QuestionStatus } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { questionKeys } from './keys';

export type OfficerQuestionPage = z.infer<typeof OfficerQuestionPageSchema>;
export type OfficerQuestion = OfficerQuestionPage['items'][number];

export type QuestionsParams = {
  status?: QuestionStatus | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** The questions addressed to the officer's unit (a leader's: the subtree), the pending ones first. */
export function getQuestions(params: QuestionsParams, signal?: AbortSignal): Promise<OfficerQuestionPage> {
  return api.get('/questions', {
    query: { status: params.status, page: params.page, pageSize: params.pageSize },
    schema: OfficerQuestionPageSchema,
    signal,
  });
}

export function questionsQueryOptions(params: QuestionsParams) {
  return queryOptions({
    queryKey: [...questionKeys.lists(), params],
    queryFn: ({ signal }) => getQuestions(params, signal),
    placeholderData: keepPreviousData,
    // A colleague may have answered meanwhile: look again whenever the screen is opened.
    staleTime: 0,
  });
}

export function useQuestions(params: QuestionsParams) {
  return useQuery(questionsQueryOptions(params));
}
