import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { Spinner } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useProcedureSearch, type ProcedureHit } from '../api/search-procedures';

const t = texts.workflows.editor;
const SEARCH_DELAY_MS = 300;

/**
 * Finds a procedure in force by code or name (the server ignores diacritics) and picks it. Results are plain
 * buttons in a list: every one is reachable with Tab and names the procedure it picks.
 */
export function ProcedurePicker({
  error,
  onPick,
}: {
  error: string | undefined;
  onPick: (hit: ProcedureHit) => void;
}) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const results = useProcedureSearch(query);
  const statusId = useId();

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onChange(value: string) {
    setText(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setQuery(value.trim()), SEARCH_DELAY_MS);
  }

  const hits = query.length >= 2 ? (results.data ?? []) : [];
  const status =
    query.length < 2
      ? t.procedureTypeMore
      : results.isFetching && hits.length === 0
        ? t.procedureSearching
        : results.isError
          ? texts.errors.title
          : hits.length === 0
            ? t.procedureNone
            : undefined;

  return (
    <div className="wf-picker">
      <TextField
        label={t.procedureSearch}
        hint={t.procedureSearchHint}
        type="search"
        placeholder={t.procedureSearchPlaceholder}
        required
        autoComplete="off"
        value={text}
        error={error}
        aria-controls={statusId}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches at once instead of submitting the whole workflow form.
          if (event.key === 'Enter') {
            event.preventDefault();
            window.clearTimeout(timer.current);
            setQuery(text.trim());
          }
        }}
      />
      <div id={statusId} className="wf-picker-results" aria-live="polite">
        {status ? (
          <p className="wf-picker-status muted">
            {results.isFetching && query.length >= 2 && <Spinner size="sm" />}
            {status}
          </p>
        ) : (
          <ul className="wf-hits" aria-label={t.procedureResults}>
            {hits.map((hit) => (
              <li key={hit.code} className="wf-hit">
                <span className="wf-hit-text">
                  <span className="mono wf-hit-code">{hit.code}</span>
                  <span className="wf-hit-name">{hit.name}</span>
                  <span className="cell-secondary">
                    {hit.field} · {hit.agencies.executing}
                  </span>
                </span>
                <Button
                  size="sm"
                  onClick={() => onPick(hit)}
                  aria-label={t.chooseProcedure(hit.code, hit.name)}
                >
                  {t.choose}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
