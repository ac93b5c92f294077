import { PROCEDURE_LEVELS, PROCEDURE_STATUSES } from '@motcua/shared';
import { defineUrlFilters, oneOf, searchText } from '../../../lib/url-filters';

/** The catalogue list's filters as they live in the address bar, so a filtered page can be bookmarked. */
export const procedureFilters = defineUrlFilters({
  read: (params) => ({
    q: searchText(params.get('q')),
    status: oneOf(PROCEDURE_STATUSES, params.get('status')),
    field: params.get('field')?.trim() || undefined,
    level: oneOf(PROCEDURE_LEVELS, params.get('level')),
  }),
  write: (filters) => ({
    q: filters.q,
    status: filters.status,
    field: filters.field,
    level: filters.level,
  }),
});
