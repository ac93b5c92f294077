import { ProcedureCodeSchema } from '@motcua/shared';
import { paths } from '../../config/paths';

/**
 * The Q&A list's search lives in the URL (`/hoi-dap?q=khai+sinh&thu-tuc=1.001193&trang=2`), so it can be shared and
 * the back button returns to it. `thu-tuc` is also what a procedure's page links with (features/catalogue).
 */
export const QUESTIONS_PARAMS = {
  q: 'q',
  procedureCode: 'thu-tuc',
  page: 'trang',
  section: 'muc',
} as const;

/** `?muc=cua-toi` opens the citizen's own questions. */
export const MINE_SECTION = 'cua-toi';

export const QUESTIONS_PAGE_SIZE = 10;

export type QuestionsSearch = { q: string; procedureCode: string; page: number };

function pageOf(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** A procedure code from the URL, normalised, or '' when missing or malformed. */
export function procedureCodeOf(params: URLSearchParams): string {
  const parsed = ProcedureCodeSchema.safeParse(params.get(QUESTIONS_PARAMS.procedureCode) ?? '');
  return parsed.success ? parsed.data : '';
}

export function parseQuestionsSearch(params: URLSearchParams): QuestionsSearch {
  return {
    q: (params.get(QUESTIONS_PARAMS.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
    procedureCode: procedureCodeOf(params),
    page: pageOf(params.get(QUESTIONS_PARAMS.page)),
  };
}

export function isMineSection(params: URLSearchParams): boolean {
  return params.get(QUESTIONS_PARAMS.section) === MINE_SECTION;
}

/** The Q&A URL for a search (empty criteria and page 1 left out). */
export function questionsHref(search: Partial<QuestionsSearch>): string {
  const params = new URLSearchParams();
  const q = search.q?.trim();
  if (q) params.set(QUESTIONS_PARAMS.q, q);
  if (search.procedureCode) params.set(QUESTIONS_PARAMS.procedureCode, search.procedureCode);
  if (search.page !== undefined && search.page > 1) params.set(QUESTIONS_PARAMS.page, String(search.page));
  const query = params.toString();
  return query ? `${paths.questions}?${query}` : paths.questions;
}

/** The citizen's own questions. */
export const myQuestionsHref = `${paths.questions}?${QUESTIONS_PARAMS.section}=${MINE_SECTION}`;

/** The API's query string (GET /public/questions). */
export function publicQuestionsQuery(search: QuestionsSearch, pageSize = QUESTIONS_PAGE_SIZE): string {
  const query = new URLSearchParams();
  if (search.q) query.set('q', search.q);
  if (search.procedureCode) query.set('procedureCode', search.procedureCode);
  query.set('page', String(search.page));
  query.set('pageSize', String(pageSize));
  return query.toString();
}
