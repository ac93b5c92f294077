import { DraftSchema, type Draft } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { draftKeys } from './keys';

export function getDraft(id: string, signal?: AbortSignal) {
  return api.request(`/citizen/drafts/${encodeURIComponent(id)}`, {
    parse: (data) => DraftSchema.parse(data),
    signal,
  });
}

/**
 * Answers can arrive out of order (a refetch started before a save may land after it): the copy with the higher
 * version wins, so the version sent with the next save is never an older one.
 */
export function newerDraft(previous: unknown, next: unknown): unknown {
  const old = previous as Draft | undefined;
  const incoming = next as Draft | undefined;
  if (old && incoming && old.id === incoming.id && old.version > incoming.version) return old;
  return next;
}

export function draftQueryOptions(id: string) {
  return queryOptions({
    queryKey: draftKeys.detail(id),
    queryFn: ({ signal }) => getDraft(id, signal),
    structuralSharing: newerDraft,
    // The form holds the citizen's typing; a background refetch must not pull the rug from under it.
    refetchOnWindowFocus: false,
  });
}

export function useDraft(id: string) {
  return useQuery(draftQueryOptions(id));
}
