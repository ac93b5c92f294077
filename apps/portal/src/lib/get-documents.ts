import { CitizenDocumentListSchema } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api';

/** The citizen's documents ("Giấy tờ của tôi"). */
export function getDocuments(signal?: AbortSignal) {
  return api.request('/citizen/documents', {
    parse: (data) => CitizenDocumentListSchema.parse(data),
    signal,
  });
}

/** One cached list for the documents page and the wizard's "choose from my documents". */
export function documentsQueryOptions() {
  return queryOptions({ queryKey: ['citizen', 'documents'], queryFn: ({ signal }) => getDocuments(signal) });
}

export function useDocuments() {
  return useQuery(documentsQueryOptions());
}
