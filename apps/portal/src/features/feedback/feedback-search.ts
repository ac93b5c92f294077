import { FEEDBACK_CATEGORIES, type FeedbackCategory } from '@motcua/shared';
import { paths } from '../../config/paths';

/**
 * The published list's search lives in the URL (`/phan-anh?q=khai+sinh&nhom=hanh-vi&trang=2`), so it can be shared
 * and the back button returns to it. The category travels under a Vietnamese name, like the rest of the URL.
 */
export const FEEDBACK_PARAMS = { q: 'q', category: 'nhom', page: 'trang' } as const;

export const FEEDBACK_CATEGORY_SLUGS: Record<FeedbackCategory, string> = {
  rules: 'quy-dinh',
  conduct: 'hanh-vi',
};

export const FEEDBACK_PAGE_SIZE = 10;

export type FeedbackSearch = { q: string; category: FeedbackCategory | null; page: number };

function pageOf(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

function categoryOf(slug: string | null): FeedbackCategory | null {
  return FEEDBACK_CATEGORIES.find((category) => FEEDBACK_CATEGORY_SLUGS[category] === slug) ?? null;
}

export function parseFeedbackSearch(params: URLSearchParams): FeedbackSearch {
  return {
    q: (params.get(FEEDBACK_PARAMS.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    category: categoryOf(params.get(FEEDBACK_PARAMS.category)),
    page: pageOf(params.get(FEEDBACK_PARAMS.page)),
  };
}

/** The list's URL for a search (empty criteria and page 1 left out). */
export function feedbackListHref(search: Partial<FeedbackSearch>): string {
  const params = new URLSearchParams();
  const q = search.q?.replace(/\s+/g, ' ').trim();
  if (q) params.set(FEEDBACK_PARAMS.q, q);
  if (search.category) params.set(FEEDBACK_PARAMS.category, FEEDBACK_CATEGORY_SLUGS[search.category]);
  if (search.page !== undefined && search.page > 1) params.set(FEEDBACK_PARAMS.page, String(search.page));
  const query = params.toString();
  return query ? `${paths.feedback}?${query}` : paths.feedback;
}

/** The API's query string (GET /public/feedback). */
export function publishedFeedbackQuery(search: FeedbackSearch, pageSize = FEEDBACK_PAGE_SIZE): string {
  const query = new URLSearchParams();
  if (search.q) query.set('q', search.q);
  if (search.category) query.set('category', search.category);
  query.set('page', String(search.page));
  query.set('pageSize', String(pageSize));
  return query.toString();
}
