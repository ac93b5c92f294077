import type { Scoreboard } from '@motcua/shared';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { useScoreboard } from './api/get-scoreboard';
import { ScoreboardFilters } from './components/scoreboard-filters';
import { ScoreboardMethod } from './components/scoreboard-method';
import { ScoreboardTable } from './components/scoreboard-table';
import {
  currentYear,
  parseSelection,
  selectionParams,
  yearOptions,
  type ScoreboardSelection,
} from './lib/scoreboard-params';
import { filterByName } from './lib/scoreboard-search';
import { DEFAULT_SORT, nextSort, sortItems, type SortState } from './lib/scoreboard-sort';
import './scoreboard.css';

function provinceName(data: Scoreboard): string {
  return data.provinces.find((province) => province.id === data.provinceId)?.name ?? '';
}

function provinceGone(error: unknown, selection: ScoreboardSelection): boolean {
  return selection.provinceId !== null && isApiError(error) && error.status === 404;
}

type ResultsProps = {
  data: Scoreboard;
  query: string;
  sort: SortState;
  busy: boolean;
  onSort: (sort: SortState) => void;
  onClearQuery: () => void;
};

function Results({ data, query, sort, busy, onSort, onClearQuery }: ResultsProps) {
  const rows = useMemo(() => sortItems(filterByName(data.items, query), sort), [data.items, query, sort]);
  const province = provinceName(data);
  const trimmed = query.trim();

  if (data.provinceId === null) {
    return (
      <div className="card card--center empty">
        <h2 className="card__heading">{texts.scoreboard.emptyTitle}</h2>
        <p>{texts.scoreboard.noProvinces}</p>
      </div>
    );
  }
  if (data.items.length === 0) {
    return (
      <div className="card card--center empty" aria-busy={busy || undefined}>
        <h2 className="card__heading">{texts.scoreboard.emptyTitle}</h2>
        <p>{texts.scoreboard.emptyText(province, data.year)}</p>
      </div>
    );
  }
  return (
    <>
      {/* Always present, so screen readers hear the new count as the visitor types. */}
      <p className="list-count" role="status">
        {texts.scoreboard.count(rows.length, data.items.length, trimmed)}
      </p>
      {rows.length === 0 ? (
        <div className="card card--center empty">
          <h2 className="card__heading">{texts.scoreboard.emptySearchTitle}</h2>
          <p>{texts.scoreboard.emptySearchText}</p>
          <button type="button" className="button button--secondary" onClick={onClearQuery}>
            {texts.scoreboard.clearSearch}
          </button>
        </div>
      ) : (
        <ScoreboardTable
          caption={texts.scoreboard.caption(province, data.year)}
          items={rows}
          sort={sort}
          busy={busy}
          onSort={(column) => onSort(nextSort(sort, column))}
        />
      )}
    </>
  );
}

/** `/bang-xep-hang`: the agencies of a province ranked by how well they served in a year; no sign-in. */
export function ScoreboardPage() {
  const [params, setParams] = useSearchParams();
  const [thisYear] = useState(() => currentYear());
  const selection = useMemo(() => parseSelection(params, thisYear), [params, thisYear]);
  const scoreboard = useScoreboard(selection);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);

  // The pickers stay usable when a province fails to load: they keep the last list the server sent.
  const [provinces, setProvinces] = useState<Scoreboard['provinces']>([]);
  if (scoreboard.data && scoreboard.data.provinces !== provinces) setProvinces(scoreboard.data.provinces);

  function choose(next: ScoreboardSelection) {
    setParams(selectionParams(next, thisYear));
  }

  const shownProvinceId = selection.provinceId ?? scoreboard.data?.provinceId ?? '';

  return (
    <div className="page">
      <DocumentTitle page={texts.scoreboard.title} />
      <div className="container">
        <header className="page__header">
          <h1>{texts.scoreboard.title}</h1>
          <p className="lead scoreboard-lead">{texts.scoreboard.lead}</p>
        </header>
        {scoreboard.isPending ? (
          <LoadingState label={texts.scoreboard.loading} />
        ) : (
          <>
            {/* Without the provinces (the first load failed) there is nothing to choose from yet. */}
            {provinces.length === 0 ? null : (
              <ScoreboardFilters
                provinces={provinces}
                provinceId={shownProvinceId}
                years={yearOptions(thisYear)}
                year={selection.year}
                query={query}
                onProvince={(provinceId) => choose({ ...selection, provinceId })}
                onYear={(year) => choose({ ...selection, provinceId: shownProvinceId || null, year })}
                onQuery={setQuery}
              />
            )}
            {scoreboard.isError ? (
              provinceGone(scoreboard.error, selection) ? (
                // An old or mistyped link: the province it names is not on the board; offer the default one.
                <ErrorState
                  title={texts.scoreboard.loadFailed}
                  message={texts.scoreboard.provinceGone}
                  retryLabel={texts.scoreboard.toDefaultProvince}
                  onRetry={() => choose({ ...selection, provinceId: null })}
                />
              ) : (
                <ErrorState
                  title={texts.scoreboard.loadFailed}
                  message={describeError(scoreboard.error)}
                  onRetry={() => void scoreboard.refetch()}
                />
              )
            ) : (
              <Results
                data={scoreboard.data}
                query={query}
                sort={sort}
                busy={scoreboard.isPlaceholderData}
                onSort={setSort}
                onClearQuery={() => setQuery('')}
              />
            )}
          </>
        )}
        <ScoreboardMethod />
      </div>
    </div>
  );
}
