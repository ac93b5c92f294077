import { QUESTION_STATUSES } from '@motcua/shared';
import { defineUrlFilters, oneOf } from '../../../lib/url-filters';

/** The list's filter and page as they live in the address bar. */
export const questionsFilters = defineUrlFilters({
  read: (params) => ({ status: oneOf(QUESTION_STATUSES, params.get('status')) }),
  write: (filters) => ({ status: filters.status }),
});
