import { ReceivingUnitListSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { texts } from '../config/texts';
import { api } from '../lib/api';
import { useDebounced } from '../lib/use-debounced';
import { UnitPicker, type UnitPickerProps } from './unit-picker';

export type ReceivingUnit = z.infer<typeof ReceivingUnitListSchema>['items'][number];

export function getReceivingUnits(procedureCode: string, q: string, signal?: AbortSignal) {
  const search = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return api.request(`/procedures/${encodeURIComponent(procedureCode)}/receiving-units${search}`, {
    parse: (data) => ReceivingUnitListSchema.parse(data),
    signal,
  });
}

export function receivingUnitsQueryOptions(procedureCode: string, q: string) {
  return queryOptions({
    queryKey: ['procedures', 'receiving-units', procedureCode, q],
    queryFn: ({ signal }) => getReceivingUnits(procedureCode, q, signal),
    // The agencies of a procedure change rarely; a citizen typing back and forth should not refetch each time.
    staleTime: 5 * 60_000,
  });
}

/**
 * The unit behind an id, for showing a choice saved earlier (a draft keeps only the id): looked up in the
 * procedure's full list, which the picker loads anyway.
 */
export function useReceivingUnit(procedureCode: string, id: string | null) {
  const list = useQuery({ ...receivingUnitsQueryOptions(procedureCode, ''), enabled: id !== null });
  return {
    unit: id === null ? undefined : list.data?.items.find((unit) => unit.id === id),
    isPending: id !== null && list.isPending,
  };
}

function parentsOf(unit: ReceivingUnit): string | undefined {
  return unit.parents.length > 0 ? unit.parents.join(' · ') : undefined;
}

type ReceivingUnitPickerProps = Pick<
  UnitPickerProps<ReceivingUnit>,
  'value' | 'onChange' | 'label' | 'error' | 'hint' | 'required' | 'inputRef' | 'onBlur'
> & {
  /** The procedure whose receiving agencies are offered. */
  procedureCode: string;
};

/**
 * The agency that receives a procedure's dossiers. Names are matched on the server, diacritics ignored; each
 * result shows the units above it to tell communes of the same name apart. The search covers the full list when
 * nothing is typed, the same list that names a unit chosen earlier, so one request serves both.
 */
export function ReceivingUnitPicker({ procedureCode, ...field }: ReceivingUnitPickerProps) {
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const results = useQuery({
    ...receivingUnitsQueryOptions(procedureCode, q),
    placeholderData: keepPreviousData,
  });
  const lookup = useReceivingUnit(procedureCode, field.value || null);

  return (
    <UnitPicker
      {...field}
      query={query}
      onQueryChange={setQuery}
      search={{
        units: results.data?.items ?? [],
        words: q,
        loading: results.isPending || (results.isFetching && results.isPlaceholderData),
        fetching: results.isFetching,
        failed: results.isError,
        retry: () => void results.refetch(),
      }}
      chosen={lookup.unit}
      chosenFallback={lookup.isPending ? texts.common.loading : texts.unitPicker.chosenUnknown}
      detailOf={parentsOf}
      texts={{
        searching: texts.unitPicker.searching,
        noResults: texts.unitPicker.noResults,
        empty: texts.unitPicker.noUnits,
      }}
    />
  );
}
