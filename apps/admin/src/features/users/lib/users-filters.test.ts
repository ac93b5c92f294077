import { describe, expect, it } from 'vitest';
import { usersFilters } from './users-filters';

describe('usersFilters.parse', () => {
  it('gives the defaults for an empty address', () => {
    expect(usersFilters.parse(new URLSearchParams())).toEqual({
      q: '',
      unitId: undefined,
      includeSubunits: true,
      role: undefined,
      status: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('reads every filter', () => {
    const filters = usersFilters.parse(
      new URLSearchParams('q=hoa&unit=u1&sub=0&role=unit_leader&status=locked&page=3&size=50'),
    );
    expect(filters).toEqual({
      q: 'hoa',
      unitId: 'u1',
      includeSubunits: false,
      role: 'unit_leader',
      status: 'locked',
      page: 3,
      pageSize: 50,
    });
  });

  it('ignores values the API would reject', () => {
    const filters = usersFilters.parse(new URLSearchParams('role=king&status=gone&page=-2&size=7'));
    expect(filters.role).toBeUndefined();
    expect(filters.status).toBeUndefined();
    expect(filters.page).toBe(1);
    expect(filters.pageSize).toBe(20);
  });
});

describe('usersFilters.toParams', () => {
  it('round-trips and leaves defaults out', () => {
    const text = 'q=hoa&unit=u1&sub=0&role=unit_leader&status=locked&page=3&size=50';
    expect(usersFilters.toParams(usersFilters.parse(new URLSearchParams(text))).toString()).toBe(text);
    expect(usersFilters.toParams(usersFilters.parse(new URLSearchParams('page=1&size=20'))).toString()).toBe(
      '',
    );
  });

  it('knows when a filter is set', () => {
    expect(usersFilters.isFiltered(usersFilters.parse(new URLSearchParams('page=2')))).toBe(false);
    expect(usersFilters.isFiltered(usersFilters.parse(new URLSearchParams('status=active')))).toBe(true);
  });
});
