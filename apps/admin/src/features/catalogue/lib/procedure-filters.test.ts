import { describe, expect, it } from 'vitest';
import { hasActiveFilters, parseProcedureFilters, procedureFiltersToParams } from './procedure-filters';

describe('procedure filters in the address bar', () => {
  it('reads known values and drops unknown ones', () => {
    const filters = parseProcedureFilters(
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
    const filters = parseProcedureFilters(new URLSearchParams('page=-2&size=7&status=deleted'));
    expect(filters.page).toBe(1);
    expect(filters.pageSize).toBe(20);
    expect(filters.status).toBeUndefined();
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('writes only what differs from the defaults and reads back the same filters', () => {
    const filters = parseProcedureFilters(new URLSearchParams('status=published&level=commune'));
    const params = procedureFiltersToParams(filters);
    expect(params.toString()).toBe('status=published&level=commune');
    expect(parseProcedureFilters(params)).toEqual(filters);
    expect(hasActiveFilters(filters)).toBe(true);
  });
});
