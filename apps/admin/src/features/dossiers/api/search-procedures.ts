import { ProcedurePageSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export type ProcedureSummary = z.infer<typeof ProcedurePageSchema>['items'][number];

const PICKER_SIZE = 10;

/** The public catalogue of procedures in force today, searched by code or name without diacritics. */
export function searchProcedures(q: string, signal?: AbortSignal): Promise<ProcedureSummary[]> {
  return api
    .get('/procedures', { query: { q, pageSize: PICKER_SIZE }, schema: ProcedurePageSchema, signal })
    .then((page) => page.items);
}

export function procedureSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: [...dossierKeys.all, 'procedure-search', q],
    queryFn: ({ signal }) => searchProcedures(q, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useProcedureSearch(q: string) {
  return useQuery({ ...procedureSearchQueryOptions(q), enabled: q.trim().length >= 2 });
}
