import { OUTBOX_CHANNELS, OUTBOX_STATUSES, TRANSPORTS } from '@motcua/shared';
import { defineUrlFilters, oneOf, searchText } from '../../../lib/url-filters';

/** The outbox's filters as they live in the address bar, so a filtered list can be bookmarked and shared. */
export const outboxFilters = defineUrlFilters({
  read: (params) => ({
    q: searchText(params.get('q')),
    status: oneOf(OUTBOX_STATUSES, params.get('status')),
    channel: oneOf(OUTBOX_CHANNELS, params.get('channel')),
    transport: oneOf(TRANSPORTS, params.get('transport')),
  }),
  write: (filters) => ({
    q: filters.q,
    status: filters.status,
    channel: filters.channel,
    transport: filters.transport,
  }),
});
