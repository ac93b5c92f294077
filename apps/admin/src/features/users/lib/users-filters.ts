import { ROLES, USER_STATUSES } from '@motcua/shared';
import { defineUrlFilters, oneOf, searchText } from '../../../lib/url-filters';

/** The list's filters as they live in the address bar, so a filtered page can be bookmarked and shared. */
export const usersFilters = defineUrlFilters({
  read: (params) => ({
    q: searchText(params.get('q')),
    unitId: params.get('unit') || undefined,
    includeSubunits: params.get('sub') !== '0',
    role: oneOf(ROLES, params.get('role')),
    status: oneOf(USER_STATUSES, params.get('status')),
  }),
  write: (filters) => ({
    q: filters.q,
    unit: filters.unitId,
    // Subunits are included unless said otherwise, and only mean something with a unit.
    sub: filters.unitId && !filters.includeSubunits ? '0' : undefined,
    role: filters.role,
    status: filters.status,
  }),
});
