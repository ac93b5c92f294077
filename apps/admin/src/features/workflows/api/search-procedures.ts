import { ProcedurePageSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

export type ProcedureHit = z.infer<typeof ProcedurePageSchema>['items'][number];

const PAGE_SIZE = 8;

/** Procedures in force today, by code, name or field, diacritics ignored: a workflow can only serve one of those. */
export async function searchProcedures(q: string, signal?: AbortSignal): Promise<ProcedureHit[]> {
  const { items } = await api.get('/procedures', {
    query: { q, pageSize: PAGE_SIZE },
    schema: ProcedurePageSchema,
    signal,
  });
  return items;
}

export function procedureSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['procedure-search', q],
    queryFn: ({ signal }) => searchProcedures(q, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useProcedureSearch(q: string) {
  return useQuery({ ...procedureSearchQueryOptions(q), enabled: q.length >= 2 });
}
