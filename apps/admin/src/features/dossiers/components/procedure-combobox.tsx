import { useEffect, useState, type ReactNode, type Ref } from 'react';
import { Combobox } from '../../../components/combobox';
import { texts } from '../../../config/i18n';
import { useProcedureSearch, type ProcedureSummary } from '../api/search-procedures';

export type PickedProcedure = { code: string; name: string };

const SEARCH_DELAY_MS = 250;
const MIN_CHARS = 2;

function labelOf(procedure: PickedProcedure): string {
  return procedure.name ? `${procedure.code} — ${procedure.name}` : procedure.code;
}

/** Picks a procedure in force from the public catalogue, searched as the officer types (no diacritics needed). */
export function ProcedureCombobox({
  value,
  onChange,
  label = texts.dossiers.procedurePicker.label,
  hint = texts.dossiers.procedurePicker.hint,
  error,
  required,
  inputRef,
  onBlur,
  className,
}: {
  value: PickedProcedure | null;
  onChange: (procedure: PickedProcedure | null) => void;
  label?: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  className?: string;
}) {
  const t = texts.dossiers.procedurePicker;
  const [text, setText] = useState(value ? labelOf(value) : '');
  const [query, setQuery] = useState('');
  const [shownValue, setShownValue] = useState(value);
  // A choice made elsewhere (a reset, filters read from the address) replaces what the box shows.
  if (value?.code !== shownValue?.code) {
    setShownValue(value);
    setText(value ? labelOf(value) : '');
  }

  useEffect(() => {
    if (value) return;
    // Wait for a pause in typing: one search per word, not per keystroke.
    const timer = window.setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, value]);

  const search = useProcedureSearch(value ? '' : query);
  const options: ProcedureSummary[] = value || query.length < MIN_CHARS ? [] : (search.data ?? []);

  let message: ReactNode | undefined;
  if (value) message = undefined;
  else if (text.trim().length < MIN_CHARS) message = t.typeMore;
  else if (search.isError) message = t.failed;
  else if (search.isFetching && options.length === 0) message = t.searching;
  else if (query === text.trim() && search.isSuccess && options.length === 0) message = t.noMatch;

  return (
    <Combobox
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
      placeholder={t.placeholder}
      inputValue={text}
      inputRef={inputRef}
      onBlur={onBlur}
      onInputChange={(next) => {
        setText(next);
        if (value) {
          setShownValue(null);
          onChange(null);
        }
      }}
      options={options}
      optionKey={(p) => p.code}
      renderOption={(p) => (
        <span className="procedure-option">
          <span className="procedure-option-name">
            <span className="mono">{p.code}</span> {p.name}
          </span>
          <span className="procedure-option-field">{p.field}</span>
        </span>
      )}
      onSelect={(p) => {
        const picked = { code: p.code, name: p.name };
        setShownValue(picked);
        setText(labelOf(picked));
        onChange(picked);
      }}
      message={message}
      announcement={
        options.length > 0 ? t.results(options.length) : typeof message === 'string' ? message : ''
      }
    />
  );
}
