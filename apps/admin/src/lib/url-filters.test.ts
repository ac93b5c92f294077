import { describe, expect, it } from 'vitest';
import { defineUrlFilters, oneOf, searchText } from './url-filters';

const COLOURS = ['red', 'green'] as const;

/** A list filtered by text, a colour, and a shop whose branches count unless `all=0`. */
const filters = defineUrlFilters({
  read: (params) => ({
    q: searchText(params.get('q')),
    colour: oneOf(COLOURS, params.get('colour')),
    shop: params.get('shop') || undefined,
    allBranches: params.get('all') !== '0',
  }),
  write: (f) => ({
    q: f.q,
    colour: f.colour,
    shop: f.shop,
    all: f.shop && !f.allBranches ? '0' : undefined,
  }),
});

describe('defineUrlFilters', () => {
  it('gives the defaults for an empty address, and writes nothing back', () => {
    const parsed = filters.parse(new URLSearchParams());
    expect(parsed).toEqual({
      q: '',
      colour: undefined,
      shop: undefined,
      allBranches: true,
      page: 1,
      pageSize: 20,
    });
    expect(filters.toParams(parsed).toString()).toBe('');
    expect(filters.isFiltered(parsed)).toBe(false);
  });

  it('reads every filter and the paging, and writes them back in the order given', () => {
    const text = 'q=hoa&colour=green&shop=s1&all=0&page=3&size=50';
    const parsed = filters.parse(new URLSearchParams(`size=50&page=3&all=0&shop=s1&colour=green&q=+hoa+`));
    expect(parsed).toEqual({
      q: 'hoa',
      colour: 'green',
      shop: 's1',
      allBranches: false,
      page: 3,
      pageSize: 50,
    });
    expect(filters.toParams(parsed).toString()).toBe(text);
    expect(filters.parse(filters.toParams(parsed))).toEqual(parsed);
  });

  it('falls back on whatever was hand-edited or went stale', () => {
    const cases: [string, { page: number; pageSize: number }][] = [
      ['page=0&size=7', { page: 1, pageSize: 20 }],
      ['page=-2&size=20.5', { page: 1, pageSize: 20 }],
      ['page=two&size=', { page: 1, pageSize: 20 }],
      ['page=1e3&size=100', { page: 1, pageSize: 100 }],
      ['page=12&size=1000', { page: 12, pageSize: 20 }],
    ];
    for (const [address, paging] of cases) {
      expect(filters.parse(new URLSearchParams(address)), address).toMatchObject(paging);
    }
    expect(filters.parse(new URLSearchParams('colour=blue')).colour).toBeUndefined();
  });

  it('counts a search or a choice as a filter, the page and its size as none', () => {
    expect(filters.isFiltered(filters.parse(new URLSearchParams('page=2&size=100')))).toBe(false);
    expect(filters.isFiltered(filters.parse(new URLSearchParams('q=x')))).toBe(true);
    expect(filters.isFiltered(filters.parse(new URLSearchParams('colour=red')))).toBe(true);
    // A parameter that only qualifies another does not filter by itself.
    expect(filters.isFiltered(filters.parse(new URLSearchParams('all=0')))).toBe(false);
  });

  it('goes back to page 1 when a filter changes, and keeps the other filters', () => {
    const current = new URLSearchParams('q=hoa&colour=red&page=4&size=50');
    expect(filters.change(current, { colour: 'green' }).toString()).toBe('q=hoa&colour=green&size=50');
    expect(filters.change(current, { colour: undefined }).toString()).toBe('q=hoa&size=50');
    expect(filters.change(current, { page: 5 }).toString()).toBe('q=hoa&colour=red&page=5&size=50');
    expect(filters.change(current, { pageSize: 20 }).toString()).toBe('q=hoa&colour=red');
  });
});
