import { describe, expect, it } from 'vitest';
import { hasSearchFilters, parseSearchFilters, rangeIsValid, searchFiltersToParams } from './search-filters';

describe('parseSearchFilters', () => {
  it('reads every condition and round-trips', () => {
    const text = 'q=nguyen+van+an&state=processing&procedure=1.004222&from=2026-11-01&to=2026-11-30';
    const filters = parseSearchFilters(new URLSearchParams(text));
    expect(filters).toEqual({
      q: 'nguyen van an',
      state: 'processing',
      procedureCode: '1.004222',
      receivedFrom: '2026-11-01',
      receivedTo: '2026-11-30',
    });
    expect(searchFiltersToParams(filters).toString()).toBe(text);
  });

  it('drops values the API would refuse', () => {
    const filters = parseSearchFilters(
      new URLSearchParams('state=lost&procedure=1.42&from=2026-02-30&to=yesterday'),
    );
    expect(filters).toEqual({
      q: '',
      state: undefined,
      procedureCode: undefined,
      receivedFrom: undefined,
      receivedTo: undefined,
    });
    expect(hasSearchFilters(filters)).toBe(false);
  });
});

describe('rangeIsValid', () => {
  it('refuses a range that ends before it starts', () => {
    expect(rangeIsValid({ receivedFrom: '2026-11-10', receivedTo: '2026-11-09' })).toBe(false);
    expect(rangeIsValid({ receivedFrom: '2026-11-10', receivedTo: '2026-11-10' })).toBe(true);
    expect(rangeIsValid({ receivedFrom: undefined, receivedTo: '2026-11-09' })).toBe(true);
  });
});
