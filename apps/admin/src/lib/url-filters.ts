/** The page sizes every paged list offers; the first is the default. */
export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE: number = PAGE_SIZES[0];

export type Paging = { page: number; pageSize: number };

/** A list's filters in the address bar, so a filtered page can be bookmarked and shared. */
export type UrlFilters<F> = {
  /** Anything hand-edited or stale in the address falls back to the default rather than failing the request. */
  parse: (params: URLSearchParams) => F & Paging;
  /** Only what differs from the defaults, so an unfiltered list has a clean address. */
  toParams: (filters: F & Paging) => URLSearchParams;
  /** The address after a change: any filter change starts again from page 1. */
  change: (current: URLSearchParams, change: Partial<F & Paging>) => URLSearchParams;
  /** Whether anything narrows the list; the page and its size do not. */
  isFiltered: (filters: F) => boolean;
};

/** A value of an enumeration, or nothing for a value the API would refuse. */
export function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** A search box's text, trimmed; empty when absent. */
export function searchText(value: string | null): string {
  return value?.trim() ?? '';
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/**
 * One list's filters: `read` takes them from the address, `write` names the parameter of each (in the order the
 * address shows them; an empty or undefined value is left out). The page (`page`) and its size (`size`) come
 * with every list.
 */
export function defineUrlFilters<F>({
  read,
  write,
}: {
  read: (params: URLSearchParams) => F;
  write: (filters: F) => Record<string, string | undefined>;
}): UrlFilters<F> {
  function filterParams(filters: F): URLSearchParams {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(write(filters))) if (value) params.set(name, value);
    return params;
  }

  function parse(params: URLSearchParams): F & Paging {
    const size = positiveInt(params.get('size'));
    return {
      ...read(params),
      page: positiveInt(params.get('page')) ?? 1,
      pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
    };
  }

  function toParams(filters: F & Paging): URLSearchParams {
    const params = filterParams(filters);
    if (filters.page > 1) params.set('page', String(filters.page));
    if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
    return params;
  }

  return {
    parse,
    toParams,
    change: (current, change) => toParams({ ...parse(current), page: 1, ...change }),
    isFiltered: (filters) => filterParams(filters).size > 0,
  };
}
