import { zodResolver } from '@hookform/resolvers/zod';
import {
  ONLINE_LEVEL_LABELS,
  ONLINE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_LEVELS,
  type ProcedureSummarySchema,
} from '@motcua/shared';
import { useEffect, useId, useMemo, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { DocumentTitle } from '../../components/document-title';
import { SearchField, TextField } from '../../components/field';
import { Pager, ResultCount, usePageFocus } from '../../components/pager';
import { ErrorState, LoadingState } from '../../components/states';
import { paths, procedurePath } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { useProcedureFields } from './api/get-procedure-fields';
import { useProcedures } from './api/get-procedures';
import {
  CatalogueFormSchema,
  toCatalogueFormValues,
  toCatalogueSearch,
  type CatalogueFormValues,
} from './catalogue-form-schema';
import {
  CATALOGUE_PAGE_SIZE,
  catalogueHref,
  hasFilters,
  parseCatalogueSearch,
  type CatalogueSearch,
} from './catalogue-search';
import { OnlineLevelBadge, type ProcedureLinkState } from './procedure-parts';
import { formatTimeLimit, headlineMethod } from './procedure-format';
import './catalogue.css';

type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;

function SelectField({
  label,
  children,
  ...select
}: { label: string; children: ReactNode } & ComponentPropsWithRef<'select'>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select" {...select}>
        {children}
      </select>
    </div>
  );
}

function activeFilterCount(search: CatalogueSearch): number {
  return [search.field, search.level, search.onlineLevel, search.agency].filter((v) => v !== '').length;
}

/** Filters open by default where there is room for them, or when a filter is already applied. */
function useFiltersOpen(search: CatalogueSearch) {
  const [open, setOpen] = useState(
    () =>
      hasFilters(search) ||
      (typeof window !== 'undefined' && window.matchMedia('(min-width: 48rem)').matches),
  );
  const filtered = hasFilters(search);
  useEffect(() => {
    if (filtered) setOpen(true);
  }, [filtered]);
  return [open, setOpen] as const;
}

function SearchForm({ search }: { search: CatalogueSearch }) {
  const navigate = useNavigate();
  const fields = useProcedureFields();
  const values = useMemo(() => toCatalogueFormValues(search), [search]);
  const [filtersOpen, setFiltersOpen] = useFiltersOpen(search);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CatalogueFormValues>({ resolver: zodResolver(CatalogueFormSchema), values });

  // A new search starts on its first page (toCatalogueSearch leaves the page out).
  const onSubmit = handleSubmit((submitted) =>
    navigate(catalogueHref(paths.catalogue, toCatalogueSearch(submitted))),
  );

  const activeFilters = activeFilterCount(search);
  const fieldItems = fields.data?.items ?? [];
  // A field named in the URL but absent from the list (a retired one) still shows as chosen.
  const knownField = search.field === '' || fieldItems.some((item) => item.field === search.field);

  return (
    <form
      className="catalogue-search card"
      role="search"
      aria-label={texts.catalogue.searchRegion}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <SearchField
        label={texts.catalogue.searchLabel}
        hint={texts.catalogue.searchHint}
        submitLabel={texts.catalogue.searchSubmit}
        error={errors.q?.message}
        {...register('q')}
      />
      <details
        className="catalogue-filters"
        open={filtersOpen}
        onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
      >
        <summary className="catalogue-filters__summary">
          <span>
            {texts.catalogue.filtersHeading}
            {activeFilters > 0 ? (
              <>
                {' '}
                <span className="catalogue-filters__count">
                  {texts.catalogue.activeFilters(activeFilters)}
                </span>
              </>
            ) : null}
          </span>
        </summary>
        <div className="catalogue-filters__grid">
          <SelectField label={texts.catalogue.field} {...register('field')}>
            <option value="">{texts.catalogue.allFields}</option>
            {knownField ? null : <option value={search.field}>{search.field}</option>}
            {fieldItems.map((item) => (
              <option key={item.field} value={item.field}>
                {texts.catalogue.fieldOption(item.field, item.count)}
              </option>
            ))}
          </SelectField>
          <SelectField label={texts.catalogue.level} {...register('level')}>
            <option value="">{texts.catalogue.allLevels}</option>
            {PROCEDURE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {PROCEDURE_LEVEL_LABELS[level]}
              </option>
            ))}
          </SelectField>
          <SelectField label={texts.catalogue.onlineLevel} {...register('onlineLevel')}>
            <option value="">{texts.catalogue.allOnlineLevels}</option>
            {ONLINE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {ONLINE_LEVEL_LABELS[level]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={texts.catalogue.agency}
            hint={texts.catalogue.agencyHint}
            autoComplete="off"
            error={errors.agency?.message}
            {...register('agency')}
          />
        </div>
        {fields.isError ? <p className="field__hint">{texts.catalogue.fieldsFailed}</p> : null}
        <div className="catalogue-filters__actions">
          <button type="submit" className="button button--secondary">
            {texts.catalogue.applyFilters}
          </button>
          {hasFilters(search) ? (
            <Link className="catalogue-filters__clear" to={catalogueHref(paths.catalogue, { q: search.q })}>
              {texts.catalogue.clearFilters}
            </Link>
          ) : null}
        </div>
      </details>
    </form>
  );
}

function ProcedureCard({ procedure, from }: { procedure: ProcedureSummary; from: string }) {
  const method = headlineMethod(procedure.methods);
  const state: ProcedureLinkState = { from };
  return (
    <li className="card procedure-card">
      <h2 className="procedure-card__title">
        <Link to={procedurePath(procedure.code)} state={state}>
          {procedure.name}
        </Link>
      </h2>
      <p className="procedure-card__tags">
        <span className="label-chip label-chip--code">
          <span className="visually-hidden">{texts.catalogue.code}: </span>
          {procedure.code}
        </span>
        <span className="label-chip">
          <span className="visually-hidden">{texts.catalogue.field}: </span>
          {procedure.field}
        </span>
        <OnlineLevelBadge level={procedure.onlineLevel} />
      </p>
      <dl className="procedure-card__facts">
        <div>
          <dt>{texts.catalogue.level}</dt>
          <dd>{procedure.levels.map((level) => PROCEDURE_LEVEL_LABELS[level]).join(', ')}</dd>
        </div>
        <div>
          <dt>{texts.catalogue.agency}</dt>
          <dd>{procedure.agencies.executing}</dd>
        </div>
        {method ? (
          <div>
            <dt>{texts.catalogue.timeLimit}</dt>
            <dd>{formatTimeLimit(method.timeLimit)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

function Results({ search, from }: { search: CatalogueSearch; from: string }) {
  const results = useProcedures(search);
  const { countRef, onNavigate } = usePageFocus(results);

  if (results.isPending) return <LoadingState label={texts.catalogue.loading} />;
  if (results.isError) {
    return (
      <ErrorState
        title={texts.catalogue.loadFailed}
        message={describeError(results.error)}
        onRetry={() => void results.refetch()}
      />
    );
  }
  const { items, total } = results.data;
  const updating = results.isPlaceholderData;
  return (
    <div>
      <ResultCount countRef={countRef} hidden={items.length === 0 && !updating}>
        {updating
          ? texts.catalogue.loading
          : items.length === 0
            ? texts.catalogue.emptyTitle
            : texts.catalogue.count(total, search.q)}
      </ResultCount>
      {items.length === 0 ? (
        <div className="card card--center empty">
          <h2 className="card__heading">{texts.catalogue.emptyTitle}</h2>
          <p>{texts.catalogue.emptyText}</p>
          <Link className="button button--secondary" to={paths.finder}>
            {texts.catalogue.toFinder}
          </Link>
        </div>
      ) : (
        <ul className="procedure-list results-list" aria-busy={updating || undefined}>
          {items.map((procedure) => (
            <ProcedureCard key={procedure.id} procedure={procedure} from={from} />
          ))}
        </ul>
      )}
      <Pager
        label={texts.catalogue.pagination}
        page={search.page}
        total={total}
        pageSize={CATALOGUE_PAGE_SIZE}
        hrefFor={(page) => catalogueHref(paths.catalogue, { ...search, page })}
        onNavigate={onNavigate}
      />
    </div>
  );
}

/** `/thu-tuc`: the public catalogue, searched and filtered on the server, with the search kept in the URL. */
export function CataloguePage() {
  const [params] = useSearchParams();
  const search = useMemo(() => parseCatalogueSearch(params), [params]);
  const from = catalogueHref(paths.catalogue, search);

  return (
    <div className="page">
      <DocumentTitle page={search.q ? texts.catalogue.titleFor(search.q) : texts.catalogue.title} />
      <div className="container">
        <header className="page__header">
          <h1>{texts.catalogue.title}</h1>
          <p className="lead">{texts.catalogue.lead}</p>
          <p className="catalogue-finder-link">
            {texts.catalogue.finderPrompt} <Link to={paths.finder}>{texts.catalogue.toFinder}</Link>
          </p>
        </header>
        <SearchForm search={search} />
        <Results search={search} from={from} />
      </div>
    </div>
  );
}
