import { QUESTION_STATUSES, type QuestionStatus } from '@motcua/shared';

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The list's filter and page as they live in the address bar. */
export type QuestionsFilters = { status: QuestionStatus | undefined; page: number; pageSize: number };

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** Anything hand-edited or stale in the URL falls back to the default rather than failing the request. */
export function parseQuestionsFilters(params: URLSearchParams): QuestionsFilters {
  const size = positiveInt(params.get('size'));
  return {
    status: QUESTION_STATUSES.find((s) => s === params.get('status')),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults, so the unfiltered list has a clean address. */
export function questionsFiltersToParams(filters: QuestionsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
  return params;
}
