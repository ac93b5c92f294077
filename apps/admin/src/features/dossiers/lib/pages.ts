/**
 * Rows of a keyset-paginated list. Between two "load more" clicks a dossier can move (its due date changes
 * after an extension or a supplement), so the next page may repeat a row already shown: the first copy wins.
 */
export function collectPages<T extends { id: string }>(pages: readonly { items: readonly T[] }[]): T[] {
  const seen = new Set<string>();
  const rows: T[] = [];
  for (const page of pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      rows.push(item);
    }
  }
  return rows;
}

export type SelectionAction =
  | { type: 'toggle'; id: string }
  | { type: 'set'; ids: readonly string[]; selected: boolean }
  | { type: 'clear' }
  /** Keep only rows still on screen: an assigned dossier leaves the queue and must not stay selected. */
  | { type: 'retain'; ids: readonly string[] };

/** The rows ticked for a bulk action. */
export function selectionReducer(state: ReadonlySet<string>, action: SelectionAction): ReadonlySet<string> {
  switch (action.type) {
    case 'toggle': {
      const next = new Set(state);
      if (next.has(action.id)) next.delete(action.id);
      else next.add(action.id);
      return next;
    }
    case 'set': {
      const next = new Set(state);
      for (const id of action.ids) {
        if (action.selected) next.add(id);
        else next.delete(id);
      }
      return next;
    }
    case 'clear':
      return state.size === 0 ? state : new Set();
    case 'retain': {
      const visible = new Set(action.ids);
      const kept = [...state].filter((id) => visible.has(id));
      return kept.length === state.size ? state : new Set(kept);
    }
  }
}
