import { useEffect, useId, useRef, useState, type RefCallback } from 'react';
import { FieldError } from '../../components/field';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { useProcedure } from '../../lib/get-procedure';
import { useDebounced } from '../../lib/use-debounced';
import { useProcedureSearch } from './api/search-procedures';

type ProcedureChooserProps = {
  /** The chosen procedure's code, or ''. */
  value: string;
  onChange: (code: string) => void;
  error?: string | undefined;
  /** Receives the control to focus when the form reports an error here (react-hook-form's field ref). */
  fieldRef?: RefCallback<HTMLElement>;
};

function ProcedureSearch({
  onChoose,
  fieldRef,
  describedBy,
  focusOnMount,
}: {
  onChoose: (code: string) => void;
  fieldRef?: RefCallback<HTMLElement> | undefined;
  describedBy: string | undefined;
  focusOnMount: boolean;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 300);
  const results = useProcedureSearch(q);

  let status = '';
  if (q && results.isPending) status = texts.questions.procedureSearching;
  else if (q && results.isError) {
    status = `${texts.questions.procedureSearchFailed}. ${describeError(results.error)}`;
  } else if (q && results.data) {
    const { items, total } = results.data;
    status =
      items.length === 0
        ? texts.questions.procedureNone
        : total > items.length
          ? texts.questions.procedureMore(items.length, total)
          : '';
  }
  const items = q ? (results.data?.items ?? []) : [];

  return (
    <div className="procedure-search">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-q`}>
          {texts.questions.procedureSearchLabel}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {texts.questions.procedureSearchHint}
        </p>
        <input
          ref={fieldRef}
          id={`${id}-q`}
          className="input"
          type="search"
          autoComplete="off"
          aria-describedby={[`${id}-hint`, describedBy].filter(Boolean).join(' ')}
          aria-controls={`${id}-results`}
          // After "choose another procedure" the citizen continues here.
          autoFocus={focusOnMount}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches at once; it must not submit the question form around it.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <p className="procedure-search__status" role="status">
        {status}
      </p>
      <ul
        id={`${id}-results`}
        className="procedure-choices"
        aria-label={texts.questions.procedureResults}
        aria-busy={results.isPlaceholderData || undefined}
        hidden={items.length === 0}
      >
        {items.map((procedure) => (
          <li key={procedure.id} className="procedure-choice">
            <span className="procedure-choice__text">
              <span className="procedure-choice__name">{procedure.name}</span>
              <span className="procedure-choice__meta">
                {procedure.code} · {procedure.field}
              </span>
            </span>
            <button
              type="button"
              className="button button--secondary procedure-choice__button"
              aria-label={texts.questions.chooseProcedure(procedure.name)}
              onClick={() => onChoose(procedure.code)}
            >
              {texts.questions.choose}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ChosenProcedure({
  code,
  onChange,
  fieldRef,
  focusOnMount,
}: {
  code: string;
  onChange: (code: string) => void;
  fieldRef?: RefCallback<HTMLElement> | undefined;
  focusOnMount: boolean;
}) {
  const procedure = useProcedure(code);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Chosen from the search results: the button pressed is gone, so focus lands on what was chosen.
    if (focusOnMount) box.current?.focus();
  }, [focusOnMount]);

  return (
    <div ref={box} className="procedure-chosen" tabIndex={-1}>
      <p className="procedure-chosen__label">{texts.questions.procedureChosen}</p>
      {procedure.isPending ? (
        <p role="status">{texts.questions.procedureLoading}</p>
      ) : procedure.isError ? (
        <p className="field__error" role="alert">
          {texts.questions.procedureLoadFailed}: {describeError(procedure.error)} ({code})
        </p>
      ) : (
        <p className="procedure-chosen__name">
          {procedure.data.name} <span className="procedure-chosen__code">({code})</span>
        </p>
      )}
      <button ref={fieldRef} type="button" className="button button--secondary" onClick={() => onChange('')}>
        {texts.questions.procedureChange}
      </button>
    </div>
  );
}

/**
 * Picks the procedure a question is about, by searching the catalogue inline. Every question goes to an agency that
 * receives its procedure, so this comes first and the agency list follows from it.
 */
export function ProcedureChooser({ value, onChange, error, fieldRef }: ProcedureChooserProps) {
  const id = useId();
  // Which part takes focus when it appears: only after the citizen's own action, never on first load.
  const [chosenHere, setChosenHere] = useState(false);
  const [changing, setChanging] = useState(false);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={describedBy}
      aria-required="true"
    >
      <legend className="fieldset__legend">
        {texts.questions.procedureLegend}
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {texts.questions.procedureHint}
      </p>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      {value ? (
        <ChosenProcedure
          code={value}
          onChange={(code) => {
            setChosenHere(false);
            setChanging(true);
            onChange(code);
          }}
          fieldRef={fieldRef}
          focusOnMount={chosenHere}
        />
      ) : (
        <ProcedureSearch
          fieldRef={fieldRef}
          describedBy={error ? `${id}-error` : undefined}
          focusOnMount={changing}
          onChoose={(code) => {
            setChosenHere(true);
            onChange(code);
          }}
        />
      )}
    </fieldset>
  );
}
