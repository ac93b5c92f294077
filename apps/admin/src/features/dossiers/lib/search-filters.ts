import { DOSSIER_STATES, ProcedureCodeSchema, type DossierState } from '@motcua/shared';
import { isIsoDate } from '../../../lib/format';

/** The search's conditions as they live in the address bar, so a search can be bookmarked and shared. */
export type SearchFilters = {
  q: string;
  state: DossierState | undefined;
  procedureCode: string | undefined;
  receivedFrom: string | undefined;
  receivedTo: string | undefined;
};

function date(value: string | null): string | undefined {
  return value && isIsoDate(value) ? value : undefined;
}

/** Anything hand-edited or stale in the address is dropped rather than sent for the API to refuse. */
export function parseSearchFilters(params: URLSearchParams): SearchFilters {
  const procedure = params.get('procedure') ?? '';
  return {
    q: params.get('q')?.trim() ?? '',
    state: DOSSIER_STATES.find((s) => s === params.get('state')),
    procedureCode: ProcedureCodeSchema.safeParse(procedure).success ? procedure : undefined,
    receivedFrom: date(params.get('from')),
    receivedTo: date(params.get('to')),
  };
}

export function searchFiltersToParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.state) params.set('state', filters.state);
  if (filters.procedureCode) params.set('procedure', filters.procedureCode);
  if (filters.receivedFrom) params.set('from', filters.receivedFrom);
  if (filters.receivedTo) params.set('to', filters.receivedTo);
  return params;
}

export function hasSearchFilters(filters: SearchFilters): boolean {
  return searchFiltersToParams(filters).size > 0;
}

/** A range that ends before it starts finds nothing: say so instead of searching. */
export function rangeIsValid(filters: Pick<SearchFilters, 'receivedFrom' | 'receivedTo'>): boolean {
  return !filters.receivedFrom || !filters.receivedTo || filters.receivedFrom <= filters.receivedTo;
}
