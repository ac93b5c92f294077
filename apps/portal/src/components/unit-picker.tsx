import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { texts } from '../config/texts';
import { describedBy, FieldShell } from './field';
import './unit-picker.css';

/** What the picker needs of a unit (an agency): an id to keep and a name to show. */
export type PickableUnit = { id: string; name: string };

/** The units found for what was typed, and how that search is going; the owner searches (on the server or here). */
export type UnitSearch<T extends PickableUnit> = {
  units: readonly T[];
  /** The words the units were found for (after any pause in typing): named when none matches. */
  words: string;
  /** Nothing to show yet: the status says the search is under way. */
  loading: boolean;
  /** A request is under way, the list may change (aria-busy). */
  fetching?: boolean;
  failed: boolean;
  retry: () => void;
};

/** The messages that depend on what is searched; the rest of the picker's texts are shared. */
export type UnitPickerTexts = {
  searching: string;
  noResults: (words: string) => string;
  /** When there is nothing at all to choose from. */
  empty: string;
};

export type UnitPickerProps<T extends PickableUnit> = {
  /** The chosen unit's id; null or '' when none is chosen. */
  value: string | null;
  onChange: (unit: T | null) => void;
  /** What is typed in the search box (owned by the caller, who searches for it). */
  query: string;
  onQueryChange: (query: string) => void;
  search: UnitSearch<T>;
  /** The chosen unit when the caller knows it (a choice saved earlier keeps only the id). */
  chosen: T | undefined;
  /** Shown in place of the chosen unit's name while it is not known. */
  chosenFallback: string;
  /** The line under a unit's name that tells it apart (the units above it, its level), if any. */
  detailOf: (unit: T) => string | undefined;
  texts: UnitPickerTexts;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** Gets the element to focus for this field (the search box, or the "change" button once chosen), e.g. react-hook-form's `field.ref`. */
  inputRef?: (element: HTMLElement | null) => void;
  onBlur?: () => void;
};

function UnitName({ name, detail }: { name: string; detail: string | undefined }) {
  return (
    <>
      <span className="unit-picker__name">{name}</span>
      {detail ? <span className="unit-picker__detail">{detail}</span> : null}
    </>
  );
}

/**
 * A searchable choice of an agency: an ARIA 1.2 combobox whose results list stays open under the box (no floating
 * pop-up to cover the page on a phone). Used for the agency that receives a procedure's dossiers (searched on the
 * server, see receiving-unit-picker.tsx) and for the agency a feedback goes to (a short list searched here).
 */
export function UnitPicker<T extends PickableUnit>({
  value: valueProp,
  onChange,
  query,
  onQueryChange,
  search,
  chosen: known,
  chosenFallback,
  detailOf,
  texts: searchTexts,
  label,
  error,
  hint,
  required,
  inputRef,
  onBlur,
}: UnitPickerProps<T>) {
  const value = valueProp || null;
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [editing, setEditing] = useState(false);
  const [active, setActive] = useState(-1);
  // The last unit picked here, shown at once even before (or without) the caller's lookup arriving.
  const [picked, setPicked] = useState<T | null>(null);
  const focusNext = useRef<'input' | 'change' | null>(null);
  const inputElement = useRef<HTMLInputElement | null>(null);
  const changeButton = useRef<HTMLButtonElement | null>(null);

  const searching = editing || value === null;
  const chosen = picked !== null && picked.id === value ? picked : known;
  const { units } = search;
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

  function pick(unit: T) {
    setPicked(unit);
    setEditing(false);
    onQueryChange('');
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
    onQueryChange('');
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
        onQueryChange('');
        setActive(-1);
      } else if (value !== null) {
        event.preventDefault();
        cancelChange();
      }
    }
  }

  let status: string;
  if (search.loading) status = searchTexts.searching;
  else if (search.failed) status = texts.unitPicker.loadFailed;
  else if (units.length > 0) status = texts.unitPicker.results(units.length);
  else status = search.words ? searchTexts.noResults(search.words) : searchTexts.empty;

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
                onQueryChange(event.target.value);
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
            {search.failed ? (
              <>
                {' '}
                <button type="button" className="link-button" onClick={search.retry}>
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
            aria-busy={search.fetching || undefined}
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
                <UnitName name={unit.name} detail={detailOf(unit)} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="unit-picker__chosen" role="group" aria-labelledby={`${id}-label`}>
          <p className="unit-picker__chosen-unit" id={`${id}-chosen`}>
            {chosen ? (
              <UnitName name={chosen.name} detail={detailOf(chosen)} />
            ) : (
              <span className="unit-picker__name">{chosenFallback}</span>
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
