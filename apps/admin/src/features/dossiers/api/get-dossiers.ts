import { DossierPageSchema, type DossierQueue, type DossierState } from '@motcua/shared';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { dossierKeys } from './keys';

export type DossierPage = z.infer<typeof DossierPageSchema>;
/** A queue or a search (DossierListQuery without paging): the cursor is react-query's page parameter. */
export type DossiersParams = {
  queue?: DossierQueue | undefined;
  q?: string | undefined;
  state?: DossierState | undefined;
  procedureCode?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  pageSize?: number | undefined;
};

export function getDossiers(
  params: DossiersParams,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<DossierPage> {
  return api.get('/dossiers', {
    query: {
      queue: params.queue,
      q: params.q,
      state: params.state,
      procedureCode: params.procedureCode,
      receivedFrom: params.receivedFrom,
      receivedTo: params.receivedTo,
      pageSize: params.pageSize,
      cursor,
    },
    schema: DossierPageSchema,
    signal,
  });
}

/** Keyset pages: each "Tải thêm" asks for the rows after the last cursor. */
export function dossiersQueryOptions(params: DossiersParams) {
  return infiniteQueryOptions({
    queryKey: [...dossierKeys.lists(), params],
    queryFn: ({ pageParam, signal }) => getDossiers(params, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Switching queue or filters keeps the old rows on screen, dimmed, until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useDossiers(params: DossiersParams, enabled = true) {
  return useInfiniteQuery({ ...dossiersQueryOptions(params), enabled });
}
