import { DOSSIER_STATES } from '@motcua/shared';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { SearchIcon } from '../../../components/icons';
import { FilterSelect } from '../../../components/list-filters';
import { PageHeader } from '../../../components/page-header';
import { todayInVietnam } from '../../../lib/format';
import { downloadRegister } from '../api/download-register';
import { PrintPdfButton } from './print-pdf-button';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useDossiers } from '../api/get-dossiers';
import { collectPages } from '../lib/pages';
import {
  hasSearchFilters,
  parseSearchFilters,
  rangeIsValid,
  searchFiltersToParams,
  type SearchFilters,
} from '../lib/search-filters';
import { useNow } from '../lib/use-now';
import { DossierViews, IntakeLink } from './dossier-views';
import { DossiersTable } from './dossiers-table';
import { LoadMore } from './load-more';
import { ProcedureCombobox, type PickedProcedure } from './procedure-combobox';
import '../dossiers.css';

const PAGE_SIZE = 25;

type Draft = Omit<SearchFilters, 'procedureCode'> & { procedure: PickedProcedure | null };

function toDraft(filters: SearchFilters): Draft {
  return {
    q: filters.q,
    state: filters.state,
    receivedFrom: filters.receivedFrom,
    receivedTo: filters.receivedTo,
    // Only the code lives in the address; the box shows it until another procedure is picked.
    procedure: filters.procedureCode ? { code: filters.procedureCode, name: '' } : null,
  };
}

/** Every dossier within the officer's reach: by code, applicant (no diacritics needed), ID number, state… */
export function SearchPage() {
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const filters = parseSearchFilters(params);
  const [draft, setDraft] = useState<Draft>(() => toDraft(filters));
  const paramsText = params.toString();
  const [shownParams, setShownParams] = useState(paramsText);
  // Back and forward change the address under the form: show the conditions of the search on screen.
  if (paramsText !== shownParams) {
    setShownParams(paramsText);
    setDraft(toDraft(filters));
  }
  const [rangeError, setRangeError] = useState(false);
  const t = texts.dossiers.search;

  const list = useDossiers({
    q: filters.q || undefined,
    state: filters.state,
    procedureCode: filters.procedureCode,
    receivedFrom: filters.receivedFrom,
    receivedTo: filters.receivedTo,
    pageSize: PAGE_SIZE,
  });
  const rows = useMemo(() => collectPages(list.data?.pages ?? []), [list.data]);
  const filtered = hasSearchFilters(filters);

  function apply() {
    const next: SearchFilters = {
      q: draft.q,
      state: draft.state,
      procedureCode: draft.procedure?.code,
      receivedFrom: draft.receivedFrom,
      receivedTo: draft.receivedTo,
    };
    if (!rangeIsValid(next)) return setRangeError(true);
    setRangeError(false);
    setParams(searchFiltersToParams(next));
  }

  function clear() {
    setDraft(toDraft(parseSearchFilters(new URLSearchParams())));
    setRangeError(false);
    setParams(new URLSearchParams());
  }

  let body;
  if (list.isPending) body = <LoadingState />;
  else if (list.isError && rows.length === 0)
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0)
    body = (
      <EmptyState title={filtered ? t.empty : t.emptyAll}>
        {filtered && (
          <Button variant="ghost" onClick={clear}>
            {t.clear}
          </Button>
        )}
      </EmptyState>
    );
  else
    body = (
      <>
        <DossiersTable
          caption={t.caption}
          rows={rows}
          busy={list.isPlaceholderData}
          now={now}
          order="received"
        />
        <LoadMore shown={rows.length} list={list} />
      </>
    );

  return (
    <>
      <PageHeader
        title={texts.dossiers.title}
        intro={t.intro}
        actions={
          <>
            <PrintPdfButton
              label={t.printRegister}
              variant="secondary"
              fetchPdf={() => {
                const today = todayInVietnam();
                return downloadRegister({
                  from: filters.receivedFrom ?? today,
                  to: filters.receivedTo ?? today,
                });
              }}
            />
            <IntakeLink />
          </>
        }
      />
      <DossierViews />
      <form
        role="search"
        aria-label={t.filters}
        className="card search-form"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <TextField
          label={t.q}
          hint={t.qHint}
          type="search"
          placeholder={t.qPlaceholder}
          className="search-q"
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
        />
        <FilterSelect
          label={t.state}
          allLabel={t.allStates}
          options={DOSSIER_STATES}
          optionLabel={(state) => texts.dossiers.states[state]}
          value={draft.state}
          onChange={(state) => setDraft({ ...draft, state })}
        />
        <ProcedureCombobox
          label={t.procedure}
          hint={null}
          className="search-procedure"
          value={draft.procedure}
          onChange={(procedure) => setDraft({ ...draft, procedure })}
        />
        <TextField
          label={t.receivedFrom}
          type="date"
          value={draft.receivedFrom ?? ''}
          onChange={(event) => setDraft({ ...draft, receivedFrom: event.target.value || undefined })}
        />
        <TextField
          label={t.receivedTo}
          type="date"
          value={draft.receivedTo ?? ''}
          error={rangeError ? t.rangeInvalid : undefined}
          onChange={(event) => setDraft({ ...draft, receivedTo: event.target.value || undefined })}
        />
        <div className="search-actions">
          <Button type="submit" variant="primary">
            <SearchIcon width={18} height={18} />
            {t.submit}
          </Button>
          <Button variant="ghost" onClick={clear}>
            {t.clear}
          </Button>
        </div>
      </form>
      <section className="card card-flush" aria-labelledby="search-results-title">
        <div className="card-header">
          <h2 id="search-results-title" className="card-title">
            {t.results}
          </h2>
          {list.isPlaceholderData && <span className="muted">{texts.app.loading}</span>}
        </div>
        {body}
      </section>
    </>
  );
}
