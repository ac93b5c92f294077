import {
  ONLINE_LEVELS,
  PROCEDURE_LEVELS,
  type OnlineLevel,
  type ProcedureLevel,
  type ProcedureListQuery,
} from '@motcua/shared';
import { paths } from '../../config/paths';

/**
 * The catalogue's search lives in the URL (`/thu-tuc?q=khai+sinh&cap=commune&trang=2`), so a result list can be
 * bookmarked or shared and the back button returns to the previous search. Parameter names are Vietnamese like the
 * paths; values of the enumerations are the contract's own.
 */
export const CATALOGUE_PARAMS = {
  q: 'q',
  field: 'linh-vuc',
  level: 'cap',
  onlineLevel: 'truc-tuyen',
  agency: 'co-quan',
  page: 'trang',
} as const;

export const CATALOGUE_PAGE_SIZE = 10;

/** Longest text the API accepts in `q` (and in `field`); a longer one in a hand-edited URL is cut, not refused. */
const MAX_TEXT = 200;
const MAX_AGENCY = 300;

export type CatalogueSearch = {
  q: string;
  field: string;
  level: ProcedureLevel | '';
  onlineLevel: OnlineLevel | '';
  agency: string;
  page: number;
};

export const emptyCatalogueSearch: CatalogueSearch = {
  q: '',
  field: '',
  level: '',
  onlineLevel: '',
  agency: '',
  page: 1,
};

function text(params: URLSearchParams, name: string, max: number): string {
  return (params.get(name) ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | '' {
  return values.find((value) => value === raw) ?? '';
}

function pageOf(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

/** Reads the search from the URL. Anything malformed (a level that does not exist, page "abc") falls back to "all". */
export function parseCatalogueSearch(params: URLSearchParams): CatalogueSearch {
  return {
    q: text(params, CATALOGUE_PARAMS.q, MAX_TEXT),
    field: text(params, CATALOGUE_PARAMS.field, MAX_TEXT),
    level: oneOf(PROCEDURE_LEVELS, params.get(CATALOGUE_PARAMS.level)),
    onlineLevel: oneOf(ONLINE_LEVELS, params.get(CATALOGUE_PARAMS.onlineLevel)),
    agency: text(params, CATALOGUE_PARAMS.agency, MAX_AGENCY),
    page: pageOf(params.get(CATALOGUE_PARAMS.page)),
  };
}

/** The URL parameters for a search: empty criteria and page 1 are left out, so the plain catalogue is `/thu-tuc`. */
export function catalogueSearchParams(search: Partial<CatalogueSearch>): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    [CATALOGUE_PARAMS.q, search.q?.trim()],
    [CATALOGUE_PARAMS.field, search.field],
    [CATALOGUE_PARAMS.level, search.level],
    [CATALOGUE_PARAMS.onlineLevel, search.onlineLevel],
    [CATALOGUE_PARAMS.agency, search.agency?.trim()],
    [CATALOGUE_PARAMS.page, search.page !== undefined && search.page > 1 ? search.page : undefined],
  ];
  for (const [name, value] of entries) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}

/** The catalogue URL for a search, e.g. from the home page's search box. */
export function catalogueHref(base: string, search: Partial<CatalogueSearch>): string {
  const query = catalogueSearchParams(search).toString();
  return query ? `${base}?${query}` : base;
}

/** Whether any filter beyond the words is set (to offer "clear filters"). */
export function hasFilters(search: CatalogueSearch): boolean {
  return search.field !== '' || search.level !== '' || search.onlineLevel !== '' || search.agency !== '';
}

/** The API's query string for a search (GET /procedures). */
export function procedureListQuery(search: CatalogueSearch, pageSize = CATALOGUE_PAGE_SIZE): string {
  const query: Record<string, string> = {};
  const criteria: Partial<Record<keyof ProcedureListQuery, string>> = {
    q: search.q,
    field: search.field,
    level: search.level,
    onlineLevel: search.onlineLevel,
    agency: search.agency,
  };
  for (const [name, value] of Object.entries(criteria)) {
    if (value) query[name] = value;
  }
  query.page = String(search.page);
  query.pageSize = String(pageSize);
  return new URLSearchParams(query).toString();
}

/** The Q&A pages take a procedure from `?thu-tuc=` (features/questions reads the same name). */
export const PROCEDURE_PARAM = 'thu-tuc';

/** The question form with this procedure already chosen. */
export function askQuestionHref(code: string): string {
  return `${paths.askQuestion}?${new URLSearchParams({ [PROCEDURE_PARAM]: code }).toString()}`;
}

/** The published questions and answers about this procedure. */
export function questionsHref(code: string): string {
  return `${paths.questions}?${new URLSearchParams({ [PROCEDURE_PARAM]: code }).toString()}`;
}
