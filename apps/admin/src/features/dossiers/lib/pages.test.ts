import { describe, expect, it } from 'vitest';
import { collectPages, selectionReducer } from './pages';

describe('collectPages', () => {
  it('joins pages in order', () => {
    const rows = collectPages([{ items: [{ id: 'a' }, { id: 'b' }] }, { items: [{ id: 'c' }] }]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the first copy of a row that moved onto the next page', () => {
    const rows = collectPages([
      {
        items: [
          { id: 'a', v: 1 },
          { id: 'b', v: 1 },
        ],
      },
      {
        items: [
          { id: 'b', v: 2 },
          { id: 'c', v: 1 },
        ],
      },
    ]);
    expect(rows).toEqual([
      { id: 'a', v: 1 },
      { id: 'b', v: 1 },
      { id: 'c', v: 1 },
    ]);
  });

  it('gives nothing for no pages', () => {
    expect(collectPages([])).toEqual([]);
  });
});

describe('selectionReducer', () => {
  const empty: ReadonlySet<string> = new Set();

  it('toggles one row on and off', () => {
    const one = selectionReducer(empty, { type: 'toggle', id: 'a' });
    expect([...one]).toEqual(['a']);
    expect([...selectionReducer(one, { type: 'toggle', id: 'a' })]).toEqual([]);
  });

  it('selects and unselects all visible rows without touching others', () => {
    const start = new Set(['x']);
    const all = selectionReducer(start, { type: 'set', ids: ['a', 'b'], selected: true });
    expect([...all].sort()).toEqual(['a', 'b', 'x']);
    expect([...selectionReducer(all, { type: 'set', ids: ['a', 'b'], selected: false })]).toEqual(['x']);
  });

  it('drops rows that left the list and keeps the same object when nothing changed', () => {
    const state = new Set(['a', 'b']);
    expect([...selectionReducer(state, { type: 'retain', ids: ['b', 'c'] })]).toEqual(['b']);
    expect(selectionReducer(state, { type: 'retain', ids: ['a', 'b', 'c'] })).toBe(state);
    expect(selectionReducer(empty, { type: 'clear' })).toBe(empty);
  });
});
