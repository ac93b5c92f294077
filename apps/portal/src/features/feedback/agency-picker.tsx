import type { FeedbackAgency } from '@motcua/shared';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describedBy, FieldShell } from '../../components/field';
import { texts } from '../../config/texts';
import { useFeedbackAgencies } from './api/get-feedback-agencies';
import { matchAgencies } from './agency-search';
import '../../components/unit-picker.css';

function AgencyName({ agency }: { agency: FeedbackAgency }) {
  const level = texts.feedback.agencyLevels[agency.level];
  return (
    <>
      <span className="unit-picker__name">{agency.name}</span>
      {level ? <span className="unit-picker__parents">{level}</span> : null}
    </>
  );
}

type AgencyPickerProps = {
  /** The chosen agency's id, or ''. */
  value: string;
  onChange: (agency: FeedbackAgency | null) => void;
  error?: string | undefined;
  /** Gets the element to focus for this field (the search box, or "change" once chosen). */
  inputRef?: (element: HTMLElement | null) => void;
  onBlur?: () => void;
};

/**
 * The agency a feedback goes to: the same ARIA 1.2 combobox as the procedure's agency picker
 * (components/unit-picker.tsx), its list open under the box, over the agencies that take feedback, which are
 * few enough to be searched here rather than on the server.
 */
export function AgencyPicker({ value, onChange, error, inputRef, onBlur }: AgencyPickerProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hint = texts.feedback.agencyHint;
  const agencies = useFeedbackAgencies();
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const focusNext = useRef<'input' | 'change' | null>(null);
  const inputElement = useRef<HTMLInputElement | null>(null);
  const changeButton = useRef<HTMLButtonElement | null>(null);

  const all = agencies.data?.items;
  const chosen = value ? all?.find((agency) => agency.id === value) : undefined;
  const searching = editing || !value;
  const matches = useMemo(() => (all ? matchAgencies(all, query) : []), [all, query]);
  const activeIndex = active < matches.length ? active : -1;

  useEffect(() => {
    if (focusNext.current === 'input') inputElement.current?.focus();
    if (focusNext.current === 'change') changeButton.current?.focus();
    focusNext.current = null;
  }, [searching]);

  // Focus stays in the box (aria-activedescendant): the highlighted option is scrolled into view here.
  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(`${id}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, activeIndex]);

  function pick(agency: FeedbackAgency) {
    setEditing(false);
    setQuery('');
    setActive(-1);
    focusNext.current = 'change';
    onChange(agency);
  }

  function cancelChange() {
    setEditing(false);
    setQuery('');
    focusNext.current = 'change';
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      setActive(Math.min(activeIndex + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter chooses the highlighted agency; it never submits the form from here.
      event.preventDefault();
      const agency = matches[activeIndex] ?? (matches.length === 1 ? matches[0] : undefined);
      if (agency) pick(agency);
    } else if (event.key === 'Escape') {
      if (query !== '') {
        event.preventDefault();
        setQuery('');
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        cancelChange();
      }
    }
  }

  let status: string;
  if (agencies.isPending) status = texts.feedback.agencySearching;
  else if (agencies.isError) status = texts.feedback.agencyLoadFailed;
  else if (matches.length > 0) status = texts.feedback.agencyResults(matches.length);
  else status = query.trim() ? texts.feedback.agencyNone(query.trim()) : texts.feedback.agencyEmpty;

  const hintAndError = describedBy(id, hint, error);

  return (
    <FieldShell
      id={id}
      label={texts.feedback.agencyLabel}
      hint={hint}
      error={error}
      required
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
              aria-required
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(-1);
              }}
              onKeyDown={onKeyDown}
              onBlur={onBlur}
            />
            {value ? (
              <button type="button" className="button button--secondary" onClick={cancelChange}>
                {texts.feedback.agencyKeep}
              </button>
            ) : null}
          </div>
          <p className="unit-picker__status" id={`${id}-status`} role="status">
            {status}
            {agencies.isError ? (
              <>
                {' '}
                <button type="button" className="unit-picker__retry" onClick={() => void agencies.refetch()}>
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
            hidden={matches.length === 0}
          >
            {matches.map((agency, index) => (
              <li
                key={agency.id}
                id={`${id}-option-${index}`}
                className="unit-picker__option"
                role="option"
                aria-selected={index === activeIndex}
                data-chosen={agency.id === value || undefined}
                // Keeps focus in the box, so a click behaves like Enter.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(agency)}
              >
                <AgencyName agency={agency} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <div className="unit-picker__chosen" role="group" aria-labelledby={`${id}-label`}>
          <p className="unit-picker__chosen-unit" id={`${id}-chosen`}>
            {chosen ? (
              <AgencyName agency={chosen} />
            ) : (
              <span className="unit-picker__name">{texts.common.loading}</span>
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
            onClick={() => {
              setEditing(true);
              focusNext.current = 'input';
            }}
            onBlur={onBlur}
          >
            {texts.feedback.agencyChange}
          </button>
        </div>
      )}
    </FieldShell>
  );
}
