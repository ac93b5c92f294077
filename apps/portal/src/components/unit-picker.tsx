import { ReceivingUnitListSchema } from '@motcua/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { texts } from '../config/texts';
import { api } from '../lib/api';
import { useDebounced } from '../lib/use-debounced';
import { describedBy, FieldShell } from './field';
import './unit-picker.css';

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

function UnitName({ unit }: { unit: ReceivingUnit }) {
  return (
    <>
      <span className="unit-picker__name">{unit.name}</span>
      {unit.parents.length > 0 ? (
        <span className="unit-picker__parents">{unit.parents.join(' · ')}</span>
      ) : null}
    </>
  );
}

type UnitPickerProps = {
  /** The procedure whose receiving agencies are offered. */
  procedureCode: string;
  /** The chosen unit's id; null or '' when none is chosen. */
  value: string | null;
  onChange: (unit: ReceivingUnit | null) => void;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** Gets the element to focus for this field (the search box, or the "change" button once chosen), e.g. react-hook-form's `field.ref`. */
  inputRef?: (element: HTMLElement | null) => void;
  onBlur?: () => void;
};

/**
 * A searchable choice of the agency that receives a procedure's dossiers: an ARIA 1.2 combobox whose results list
 * stays open under the box (no floating pop-up to cover the page on a phone). Names are matched on the server,
 * diacritics ignored; each result shows the units above it to tell communes of the same name apart.
 */
export function UnitPicker({
  procedureCode,
  value: valueProp,
  onChange,
  label,
  error,
  hint,
  required,
  inputRef,
  onBlur,
}: UnitPickerProps) {
  const value = valueProp || null;
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  // The last unit picked here, shown at once even before (or without) the full list arriving.
  const [picked, setPicked] = useState<ReceivingUnit | null>(null);
  const focusNext = useRef<'input' | 'change' | null>(null);
  const inputElement = useRef<HTMLInputElement | null>(null);
  const changeButton = useRef<HTMLButtonElement | null>(null);

  const searching = editing || value === null;
  const q = useDebounced(query.trim(), 250);
  const results = useQuery({
    ...receivingUnitsQueryOptions(procedureCode, q),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  const lookup = useReceivingUnit(procedureCode, searching ? null : value);
  const chosen = picked !== null && picked.id === value ? picked : lookup.unit;
  const units = results.data?.items ?? [];
  const activeIndex = active < units.length ? active : -1;

  useEffect(() => {
    if (focusNext.current === 'input') inputElement.current?.focus();
    if (focusNext.current === 'change') changeButton.current?.focus();
    focusNext.current = null;
  }, [searching]);

  // Focus stays in the box (aria-activedescendant), so the browser does not scroll the highlighted option into
  // view by itself: without this, arrowing down a long list moves the highlight out of sight.
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  function pick(unit: ReceivingUnit) {
    setPicked(unit);
    setEditing(false);
    setQuery('');
    setActive(-1);
    focusNext.current = 'change';
    onChange(unit);
  }

  function startChange() {
    setEditing(true);
    focusNext.current = 'input';
  }

  function cancelChange() {
    setEditing(false);
    setQuery('');
    focusNext.current = 'change';
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && units.length > 0) {
      event.preventDefault();
      setActive(Math.min(activeIndex + 1, units.length - 1));
    } else if (event.key === 'ArrowUp' && units.length > 0) {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter chooses the highlighted unit; it never submits the surrounding form from here.
      event.preventDefault();
      const unit = units[activeIndex] ?? (units.length === 1 ? units[0] : undefined);
      if (unit) pick(unit);
    } else if (event.key === 'Escape') {
      if (query !== '') {
        event.preventDefault();
        setQuery('');
        setActive(-1);
      } else if (value !== null) {
        event.preventDefault();
        cancelChange();
      }
    }
  }

  let status: string;
  if (results.isPending || (results.isFetching && results.isPlaceholderData))
    status = texts.unitPicker.searching;
  else if (results.isError) status = texts.unitPicker.loadFailed;
  else if (units.length > 0) status = texts.unitPicker.results(units.length);
  else status = q ? texts.unitPicker.noResults(q) : texts.unitPicker.noUnits;

  const hintAndError = describedBy(id, hint, error);

  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className="unit-picker"
      labelId={`${id}-label`}
      labelFor={searching ? inputId : null}
    >
      {searching ? (
        <>
          <div className="unit-picker__search">
            <input
              ref={(element) => {
                inputElement.current = element;
                inputRef?.(element);
              }}
              id={inputId}
              className="input"
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              aria-autocomplete="list"
              aria-expanded="true"
              aria-controls={listId}
              aria-activedescendant={activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
              aria-describedby={[hintAndError, `${id}-status`].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              aria-required={required || undefined}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
            />
            {value !== null ? (
              <button type="button" className="button button--secondary" onClick={cancelChange}>
                {texts.unitPicker.cancelChange}
              </button>
            ) : null}
          </div>
          <p className="unit-picker__status" id={`${id}-status`} role="status">
            {status}
            {results.isError ? (
              <>
                {' '}
                <button type="button" className="unit-picker__retry" onClick={() => void results.refetch()}>
                  {texts.common.retry}
                </button>
              </>
            ) : null}
          </p>
          <ul
            id={listId}
            className="unit-picker__list"
            role="listbox"
            aria-labelledby={`${id}-label`}
            aria-busy={results.isFetching || undefined}
            hidden={units.length === 0}
          >
            {units.map((unit, index) => (
              <li
                key={unit.id}
                id={`${id}-option-${index}`}
                className="unit-picker__option"
                role="option"
                aria-selected={index === activeIndex}
                data-chosen={unit.id === value || undefined}
                // Keeps focus in the box, so a click behaves like Enter and the list does not lose its state.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(unit)}
              >
                <UnitName unit={unit} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="unit-picker__chosen" role="group" aria-labelledby={`${id}-label`}>
          <p className="unit-picker__chosen-unit" id={`${id}-chosen`}>
            {chosen ? (
              <UnitName unit={chosen} />
            ) : (
              <span className="unit-picker__name">
                {lookup.isPending ? texts.common.loading : texts.unitPicker.chosenUnknown}
              </span>
            )}
          </p>
          <button
            ref={(element) => {
              changeButton.current = element;
              inputRef?.(element);
            }}
            type="button"
            className="button button--secondary"
            aria-describedby={[`${id}-chosen`, hintAndError].filter(Boolean).join(' ')}
            onClick={startChange}
            onBlur={onBlur}
          >
            {texts.unitPicker.change}
          </button>
        </div>
      )}
    </FieldShell>
  );
}
