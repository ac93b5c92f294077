import { DraftListSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { draftKeys } from './keys';

export function getDrafts(signal?: AbortSignal) {
  return api.request('/citizen/drafts', { parse: (data) => DraftListSchema.parse(data), signal });
}

export function draftsQueryOptions() {
  // Always asked again on opening: a draft may have been submitted or deleted on another device.
  return queryOptions({ queryKey: draftKeys.all, queryFn: ({ signal }) => getDrafts(signal), staleTime: 0 });
}

export function useDrafts() {
  return useQuery(draftsQueryOptions());
}
