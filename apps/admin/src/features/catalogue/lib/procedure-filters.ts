import {
  PROCEDURE_LEVELS,
  PROCEDURE_STATUSES,
  type ProcedureLevel,
  type ProcedureStatus,
} from '@motcua/shared';

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The catalogue list's filters as they live in the address bar, so a filtered page can be bookmarked. */
export type ProcedureFilters = {
  q: string;
  status: ProcedureStatus | undefined;
  field: string | undefined;
  level: ProcedureLevel | undefined;
  page: number;
  pageSize: number;
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** Anything hand-edited or stale in the URL falls back to the default rather than failing the request. */
export function parseProcedureFilters(params: URLSearchParams): ProcedureFilters {
  const size = positiveInt(params.get('size'));
  return {
    q: params.get('q')?.trim() ?? '',
    status: oneOf(PROCEDURE_STATUSES, params.get('status')),
    field: params.get('field')?.trim() || undefined,
    level: oneOf(PROCEDURE_LEVELS, params.get('level')),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults, so an unfiltered list has a clean address. */
export function procedureFiltersToParams(filters: ProcedureFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.field) params.set('field', filters.field);
  if (filters.level) params.set('level', filters.level);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
  return params;
}

export function hasActiveFilters(filters: ProcedureFilters): boolean {
  return Boolean(filters.q || filters.status || filters.field || filters.level);
}
