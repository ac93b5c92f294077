import {
  OUTBOX_CHANNELS,
  OUTBOX_STATUSES,
  TRANSPORTS,
  type OutboxChannel,
  type OutboxStatus,
  type Transport,
} from '@motcua/shared';

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** The outbox's filters as they live in the address bar, so a filtered list can be bookmarked and shared. */
export type OutboxFilters = {
  q: string;
  status: OutboxStatus | undefined;
  channel: OutboxChannel | undefined;
  transport: Transport | undefined;
  page: number;
  pageSize: number;
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** Anything hand-edited or stale in the URL falls back to the default rather than failing the request. */
export function parseOutboxFilters(params: URLSearchParams): OutboxFilters {
  const size = positiveInt(params.get('size'));
  return {
    q: params.get('q')?.trim() ?? '',
    status: oneOf(OUTBOX_STATUSES, params.get('status')),
    channel: oneOf(OUTBOX_CHANNELS, params.get('channel')),
    transport: oneOf(TRANSPORTS, params.get('transport')),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults, so an unfiltered list has a clean address. */
export function outboxFiltersToParams(filters: OutboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status) params.set('status', filters.status);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.transport) params.set('transport', filters.transport);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(filters.pageSize));
  return params;
}

export function hasActiveFilters(filters: OutboxFilters): boolean {
  return Boolean(filters.q || filters.status || filters.channel || filters.transport);
}
