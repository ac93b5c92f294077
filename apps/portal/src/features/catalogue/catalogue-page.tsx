import { zodResolver } from '@hookform/resolvers/zod';
import {
  ONLINE_LEVEL_LABELS,
  ONLINE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_LEVELS,
  type ProcedureSummarySchema,
} from '@motcua/shared';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithRef,
  type ReactNode,
} from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { DocumentTitle } from '../../components/document-title';
import { TextField } from '../../components/field';
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
  pageCount,
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
      <div className="catalogue-search__main">
        <TextField
          label={texts.catalogue.searchLabel}
          hint={texts.catalogue.searchHint}
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          error={errors.q?.message}
          {...register('q')}
        />
        <button type="submit" className="button button--primary">
          {texts.catalogue.searchSubmit}
        </button>
      </div>
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
        <span className="tag tag--code">
          <span className="visually-hidden">{texts.catalogue.code}: </span>
          {procedure.code}
        </span>
        <span className="tag">
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

function Pager({
  search,
  total,
  onNavigate,
}: {
  search: CatalogueSearch;
  total: number;
  onNavigate: () => void;
}) {
  const pages = pageCount(total, CATALOGUE_PAGE_SIZE);
  if (pages <= 1) return null;
  const hrefFor = (page: number) => catalogueHref(paths.catalogue, { ...search, page });
  return (
    <nav className="pager" aria-label={texts.catalogue.pagination}>
      {search.page > 1 ? (
        <Link className="button button--secondary" to={hrefFor(search.page - 1)} onClick={onNavigate}>
          {texts.catalogue.previous}
        </Link>
      ) : (
        <span />
      )}
      <p className="pager__status">{texts.catalogue.pageOf(Math.min(search.page, pages), pages)}</p>
      {search.page < pages ? (
        <Link className="button button--secondary" to={hrefFor(search.page + 1)} onClick={onNavigate}>
          {texts.catalogue.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

function Results({ search, from }: { search: CatalogueSearch; from: string }) {
  const results = useProcedures(search);
  const summary = useRef<HTMLParagraphElement>(null);
  const moveFocus = useRef(false);

  // After "next page", focus goes to the top of the new results rather than staying on a button at the bottom.
  useEffect(() => {
    if (!moveFocus.current || results.isPlaceholderData) return;
    moveFocus.current = false;
    summary.current?.focus();
  }, [results.isPlaceholderData, results.data]);

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
    <div className={updating ? 'catalogue-results catalogue-results--updating' : 'catalogue-results'}>
      {/* Always on the page, so screen readers hear each new count; hidden when the empty card says it. */}
      <p
        ref={summary}
        className={items.length === 0 && !updating ? 'visually-hidden' : 'list-count'}
        role="status"
        tabIndex={-1}
      >
        {updating
          ? texts.catalogue.loading
          : items.length === 0
            ? texts.catalogue.emptyTitle
            : texts.catalogue.count(total, search.q)}
      </p>
      {items.length === 0 ? (
        <div className="card card--center empty">
          <h2 className="card__heading">{texts.catalogue.emptyTitle}</h2>
          <p>{texts.catalogue.emptyText}</p>
          <Link className="button button--secondary" to={paths.finder}>
            {texts.catalogue.toFinder}
          </Link>
        </div>
      ) : (
        <ul className="procedure-list" aria-busy={updating || undefined}>
          {items.map((procedure) => (
            <ProcedureCard key={procedure.id} procedure={procedure} from={from} />
          ))}
        </ul>
      )}
      <Pager search={search} total={total} onNavigate={() => (moveFocus.current = true)} />
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
