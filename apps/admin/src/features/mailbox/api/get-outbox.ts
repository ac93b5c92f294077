import {
  OutboxPageSchema,
  type OutboxChannel,
  type OutboxMessage,
  type OutboxStatus,
  type Transport,
} from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { mailboxKeys } from './keys';

export type OutboxPage = z.infer<typeof OutboxPageSchema>;

export type OutboxParams = {
  status?: OutboxStatus | undefined;
  channel?: OutboxChannel | undefined;
  transport?: Transport | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** A queued message leaves within seconds (the delivery worker): look again while one is waiting. */
const PENDING_POLL_MS = 5_000;

export function getOutbox(params: OutboxParams, signal?: AbortSignal): Promise<OutboxPage> {
  return api.get('/admin/outbox', {
    query: {
      status: params.status,
      channel: params.channel,
      transport: params.transport,
      q: params.q,
      page: params.page,
      pageSize: params.pageSize,
    },
    schema: OutboxPageSchema,
    signal,
  });
}

function hasPending(items: readonly OutboxMessage[] | undefined): boolean {
  return items?.some((message) => message.status === 'pending') ?? false;
}

export function outboxQueryOptions(params: OutboxParams) {
  return queryOptions({
    queryKey: [...mailboxKeys.lists(), params],
    queryFn: ({ signal }) => getOutbox(params, signal),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: (query) => (hasPending(query.state.data?.items) ? PENDING_POLL_MS : false),
  });
}

export function useOutbox(params: OutboxParams) {
  return useQuery(outboxQueryOptions(params));
}
