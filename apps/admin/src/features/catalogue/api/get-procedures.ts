import { ProcedurePageSchema, type ProcedureLevel, type ProcedureStatus } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { proceduresKey } from './keys';

export type ProcedurePage = z.infer<typeof ProcedurePageSchema>;
export type ProcedureSummary = ProcedurePage['items'][number];

export type ProceduresParams = {
  q?: string | undefined;
  status?: ProcedureStatus | undefined;
  field?: string | undefined;
  level?: ProcedureLevel | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export function getProcedures(params: ProceduresParams, signal?: AbortSignal): Promise<ProcedurePage> {
  return api.get('/admin/procedures', {
    query: { ...params },
    schema: ProcedurePageSchema,
    signal,
  });
}

export function proceduresQueryOptions(params: ProceduresParams) {
  return queryOptions({
    queryKey: [...proceduresKey, 'list', params],
    queryFn: ({ signal }) => getProcedures(params, signal),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export function useProcedures(params: ProceduresParams) {
  return useQuery(proceduresQueryOptions(params));
}
