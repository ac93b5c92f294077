import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Paging, UrlFilters } from './url-filters';

const SEARCH_DELAY_MS = 350;

/** A list's filters read from the address bar, and the ways to change them there. */
export function useUrlFilters<F>(definition: UrlFilters<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = definition.parse(searchParams);

  /** A filter change replaces the history entry; a page change adds one, so Back returns to the last page. */
  function update(change: Partial<F & Paging>) {
    setSearchParams((current) => definition.change(current, change), { replace: !('page' in change) });
  }

  function clear() {
    setSearchParams(new URLSearchParams(), { replace: true });
  }

  return { filters, filtered: definition.isFiltered(filters), update, clear };
}

export type SearchBox = {
  value: string;
  /** Typing searches after a pause: the server folds diacritics, and need not search on every keystroke. */
  change: (value: string) => void;
  /** Enter searches at once. */
  submit: () => void;
  /** Empties the box without searching, when the filters are cleared anyway. */
  reset: () => void;
};

/** The text box over the search `query` kept in the address; `onSearch` puts a new one there. */
export function useSearchBox(query: string, onSearch: (query: string) => void): SearchBox {
  const [value, setValue] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  // Back/forward changes the address under the box: follow it, but not the echo of the officer's own typing.
  if (query !== shownQuery) {
    setShownQuery(query);
    if (query !== value.trim()) setValue(query);
  }
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return {
    value,
    change(next) {
      setValue(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => onSearch(next.trim()), SEARCH_DELAY_MS);
    },
    submit() {
      window.clearTimeout(timer.current);
      onSearch(value.trim());
    },
    reset() {
      window.clearTimeout(timer.current);
      setValue('');
    },
  };
}
