import { FEEDBACK_BOXES, FEEDBACK_CATEGORIES, FEEDBACK_STATUSES, type FeedbackBox } from '@motcua/shared';
import { defineUrlFilters, oneOf, searchText } from '../../../lib/url-filters';

/** The box an address without one opens: the feedback waiting for the unit to classify it. */
export const DEFAULT_BOX: FeedbackBox = 'intake';

/**
 * The queue's box, filters and page as they live in the address bar, so a filtered page can be bookmarked and
 * shared. The default box is left out of the address.
 */
export const feedbackFilters = defineUrlFilters({
  read: (params) => ({
    box: oneOf(FEEDBACK_BOXES, params.get('box')) ?? DEFAULT_BOX,
    q: searchText(params.get('q')),
    status: oneOf(FEEDBACK_STATUSES, params.get('status')),
    category: oneOf(FEEDBACK_CATEGORIES, params.get('category')),
  }),
  write: (filters) => ({
    box: filters.box === DEFAULT_BOX ? undefined : filters.box,
    q: filters.q,
    status: filters.status,
    category: filters.category,
  }),
});

/** Whether anything but the box narrows the list: the box is a tab, not a filter to clear. */
export function hasListFilters(filters: {
  q: string;
  status?: string | undefined;
  category?: string | undefined;
}) {
  return Boolean(filters.q || filters.status || filters.category);
}
