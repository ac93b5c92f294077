import { describe, expect, it } from 'vitest';
import { procedureFilters } from './procedure-filters';

describe('procedure filters in the address bar', () => {
  it('reads known values and drops unknown ones', () => {
    const filters = procedureFilters.parse(
      new URLSearchParams('q= khai sinh &status=draft&level=nowhere&field=Hộ tịch&page=3&size=50'),
    );
    expect(filters).toEqual({
      q: 'khai sinh',
      status: 'draft',
      field: 'Hộ tịch',
      level: undefined,
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to page 1 and 20 rows for a hand-edited address', () => {
    const filters = procedureFilters.parse(new URLSearchParams('page=-2&size=7&status=deleted'));
    expect(filters.page).toBe(1);
    expect(filters.pageSize).toBe(20);
    expect(filters.status).toBeUndefined();
    expect(procedureFilters.isFiltered(filters)).toBe(false);
  });

  it('writes only what differs from the defaults and reads back the same filters', () => {
    const filters = procedureFilters.parse(new URLSearchParams('status=published&level=commune'));
    const params = procedureFilters.toParams(filters);
    expect(params.toString()).toBe('status=published&level=commune');
    expect(procedureFilters.parse(params)).toEqual(filters);
    expect(procedureFilters.isFiltered(filters)).toBe(true);
  });
});
