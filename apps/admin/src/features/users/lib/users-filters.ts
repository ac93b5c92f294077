import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@motcua/shared';

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The list's filters as they live in the address bar, so a filtered page can be bookmarked and shared. */
export type UsersFilters = {
  q: string;
  unitId: string | undefined;
  includeSubunits: boolean;
  role: Role | undefined;
  status: UserStatus | undefined;
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
export function parseUsersFilters(params: URLSearchParams): UsersFilters {
  const size = positiveInt(params.get('size'));
  return {
    q: params.get('q')?.trim() ?? '',
    unitId: params.get('unit') || undefined,
    includeSubunits: params.get('sub') !== '0',
    role: oneOf(ROLES, params.get('role')),
    status: oneOf(USER_STATUSES, params.get('status')),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults, so an unfiltered list has a clean address. */
export function usersFiltersToParams(filters: UsersFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.unitId) {
    params.set('unit', filters.unitId);
    if (!filters.includeSubunits) params.set('sub', '0');
  }
  if (filters.role) params.set('role', filters.role);
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
  return params;
}

export function hasActiveFilters(filters: UsersFilters): boolean {
  return Boolean(filters.q || filters.unitId || filters.role || filters.status);
}
