import { CitizenDocumentListSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function getDocuments(signal?: AbortSignal) {
  return api.request('/citizen/documents', {
    parse: (data) => CitizenDocumentListSchema.parse(data),
    signal,
  });
}

/** The key the "Giấy tờ của tôi" page uses as well: one cached list. */
export function documentsQueryOptions() {
  return queryOptions({ queryKey: ['citizen', 'documents'], queryFn: ({ signal }) => getDocuments(signal) });
}

export function useDocuments() {
  return useQuery(documentsQueryOptions());
}
