import { ProcedurePageSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { procedureListQuery, type CatalogueSearch } from '../catalogue-search';

export function getProcedures(search: CatalogueSearch, signal?: AbortSignal) {
  return api.request(`/procedures?${procedureListQuery(search)}`, {
    auth: false,
    parse: (data) => ProcedurePageSchema.parse(data),
    signal,
  });
}

export function proceduresQueryOptions(search: CatalogueSearch) {
  return queryOptions({
    queryKey: ['procedures', 'list', search],
    queryFn: ({ signal }) => getProcedures(search, signal),
  });
}

/** The previous page of results stays on screen while the next one loads, rather than flashing a spinner. */
export function useProcedures(search: CatalogueSearch) {
  return useQuery({ ...proceduresQueryOptions(search), placeholderData: keepPreviousData });
}
