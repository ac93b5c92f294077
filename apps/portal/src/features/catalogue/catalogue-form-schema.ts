import { ProcedureListQuerySchema } from '@motcua/shared';
import { z } from 'zod';
import { checkWithPayloadSchema } from '../../lib/form-schema';
import { CATALOGUE_PARAMS, parseCatalogueSearch, type CatalogueSearch } from './catalogue-search';

export const catalogueFormFields = ['q', 'field', 'level', 'onlineLevel', 'agency'] as const;

export type CatalogueFormValues = Record<(typeof catalogueFormFields)[number], string>;

export function toCatalogueFormValues(search: CatalogueSearch): CatalogueFormValues {
  return {
    q: search.q,
    field: search.field,
    level: search.level,
    onlineLevel: search.onlineLevel,
    agency: search.agency,
  };
}

/** The submitted form as a search, read the way the URL is read (blank criteria dropped, page 1). */
export function toCatalogueSearch(values: CatalogueFormValues): CatalogueSearch {
  return parseCatalogueSearch(
    new URLSearchParams({
      [CATALOGUE_PARAMS.q]: values.q,
      [CATALOGUE_PARAMS.field]: values.field,
      [CATALOGUE_PARAMS.level]: values.level,
      [CATALOGUE_PARAMS.onlineLevel]: values.onlineLevel,
      [CATALOGUE_PARAMS.agency]: values.agency,
    }),
  );
}

function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The criteria as the API receives them (blank ones left out). */
export function toProcedureListQuery(values: CatalogueFormValues) {
  return {
    q: blankToUndefined(values.q),
    field: blankToUndefined(values.field),
    level: blankToUndefined(values.level),
    agency: blankToUndefined(values.agency),
    onlineLevel: blankToUndefined(values.onlineLevel),
  };
}

/** The search form checks the same limits as the API's query schema, so a search the server would refuse never leaves. */
export const CatalogueFormSchema = z
  .object({
    q: z.string(),
    field: z.string(),
    level: z.string(),
    onlineLevel: z.string(),
    agency: z.string(),
  })
  .superRefine(checkWithPayloadSchema(ProcedureListQuerySchema, toProcedureListQuery));
