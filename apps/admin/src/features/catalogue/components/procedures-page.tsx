import { PROCEDURE_LEVELS, PROCEDURE_STATUSES } from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { todayInVietnam } from '../../../lib/format';
import { useProcedureFields } from '../api/get-procedure-fields';
import { useProcedures } from '../api/get-procedures';
import {
  PAGE_SIZES,
  hasActiveFilters,
  parseProcedureFilters,
  procedureFiltersToParams,
  type ProcedureFilters,
} from '../lib/procedure-filters';
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';
import { ProceduresTable } from './procedures-table';
import './catalogue.css';

const SEARCH_DELAY_MS = 350;
const t = texts.catalogue.list;

export function ProceduresPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseProcedureFilters(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [shownQuery, setShownQuery] = useState(filters.q);
  // Back/forward changes the address under the box: follow it, but not the echo of the officer's own typing.
  if (filters.q !== shownQuery) {
    setShownQuery(filters.q);
    if (filters.q !== search.trim()) setSearch(filters.q);
  }
  const searchTimer = useRef<number | undefined>(undefined);
  const [dialog, setDialog] = useState<'import' | 'export' | null>(null);
  const today = todayInVietnam();

  const procedures = useProcedures({
    q: filters.q || undefined,
    status: filters.status,
    field: filters.field,
    level: filters.level,
    page: filters.page,
    pageSize: filters.pageSize,
  });
  const fields = useProcedureFields();

  useEffect(() => () => window.clearTimeout(searchTimer.current), []);

  /** Any filter change starts again from page 1; the page itself changes only through pagination. */
  function update(change: Partial<ProcedureFilters>) {
    setSearchParams(
      (current) => procedureFiltersToParams({ ...parseProcedureFilters(current), page: 1, ...change }),
      { replace: !('page' in change) },
    );
  }

  function onSearchChange(value: string) {
    setSearch(value);
    window.clearTimeout(searchTimer.current);
    // The server folds diacritics; waiting for a pause keeps it from searching on every keystroke.
    searchTimer.current = window.setTimeout(() => update({ q: value.trim() }), SEARCH_DELAY_MS);
  }

  function clearFilters() {
    window.clearTimeout(searchTimer.current);
    setSearch('');
    setSearchParams(new URLSearchParams(), { replace: true });
  }

  const filtered = hasActiveFilters(filters);
  // A field named in the address but not in force today (only in drafts) stays selectable.
  const fieldOptions = [...new Set([...(fields.data ?? []), ...(filters.field ? [filters.field] : [])])];

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <>
            <Button onClick={() => setDialog('import')}>{t.import}</Button>
            <Button onClick={() => setDialog('export')}>{t.export}</Button>
            <Link className="btn btn-primary" to="/procedures/new">
              <PlusIcon width={18} height={18} />
              {t.add}
            </Link>
          </>
        }
      />

      <form
        role="search"
        aria-label={t.filters}
        className="card filters"
        onSubmit={(event) => {
          event.preventDefault();
          window.clearTimeout(searchTimer.current);
          update({ q: search.trim() });
        }}
      >
        <TextField
          label={t.search}
          type="search"
          placeholder={t.searchPlaceholder}
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
          className="filters-search"
        />
        <SelectField
          label={t.field}
          value={filters.field ?? ''}
          onChange={(event) => update({ field: event.target.value || undefined })}
          error={fields.isError ? t.fieldsUnavailable : undefined}
        >
          <option value="">{t.allFields}</option>
          {fieldOptions.map((field) => (
            <option key={field} value={field}>
              {field}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.level}
          value={filters.level ?? ''}
          onChange={(event) => update({ level: PROCEDURE_LEVELS.find((l) => l === event.target.value) })}
        >
          <option value="">{t.allLevels}</option>
          {PROCEDURE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {texts.catalogue.levels[level]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.status}
          value={filters.status ?? ''}
          onChange={(event) => update({ status: PROCEDURE_STATUSES.find((s) => s === event.target.value) })}
        >
          <option value="">{t.allStatuses}</option>
          {PROCEDURE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {texts.catalogue.statuses[status]}
            </option>
          ))}
        </SelectField>
      </form>

      <section className="card card-flush" aria-labelledby="procedures-list-title">
        <div className="card-header">
          <h2 id="procedures-list-title" className="card-title">
            {t.listTitle}
          </h2>
          <div className="card-header-actions">
            {procedures.data && (
              <span className="muted" aria-live="polite">
                {t.total(procedures.data.total)}
                {procedures.isPlaceholderData && ` · ${texts.app.loading}`}
              </span>
            )}
            {(filtered || search) && (
              <Button size="sm" variant="ghost" onClick={clearFilters}>
                {t.clearFilters}
              </Button>
            )}
          </div>
        </div>
        {procedures.isPending ? (
          <LoadingState />
        ) : procedures.isError ? (
          <ErrorState error={procedures.error} onRetry={() => void procedures.refetch()} />
        ) : procedures.data.total === 0 ? (
          <EmptyState title={filtered ? t.emptyFiltered : t.empty}>
            {filtered && (
              <Button variant="ghost" onClick={clearFilters}>
                {t.clearFilters}
              </Button>
            )}
          </EmptyState>
        ) : procedures.data.items.length === 0 ? (
          <EmptyState title={t.pageEmpty}>
            <Button variant="primary" onClick={() => update({ page: 1 })}>
              {t.firstPage}
            </Button>
          </EmptyState>
        ) : (
          <>
            <ProceduresTable
              procedures={procedures.data.items}
              busy={procedures.isPlaceholderData}
              today={today}
            />
            <Pagination
              page={procedures.data.page}
              pageSize={procedures.data.pageSize}
              pageSizes={PAGE_SIZES}
              total={procedures.data.total}
              onPageChange={(page) => update({ page })}
              onPageSizeChange={(pageSize) => update({ pageSize })}
            />
          </>
        )}
      </section>

      {dialog === 'import' && <ImportDialog today={today} onClose={() => setDialog(null)} />}
      {dialog === 'export' && (
        <ExportDialog defaultDrafts={filters.status === 'draft'} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
