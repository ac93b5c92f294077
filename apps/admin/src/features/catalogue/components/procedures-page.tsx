import { PROCEDURE_LEVELS, PROCEDURE_STATUSES } from '@motcua/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { PlusIcon } from '../../../components/icons';
import { FilterSelect, ListFilters } from '../../../components/list-filters';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { PagedListBody } from '../../../components/paged-list';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { todayInVietnam } from '../../../lib/format';
import { useSearchBox, useUrlFilters } from '../../../lib/use-url-filters';
import { useProcedureFields } from '../api/get-procedure-fields';
import { useProcedures } from '../api/get-procedures';
import { procedureFilters } from '../lib/procedure-filters';
import { ExportDialog } from './export-dialog';
import { ImportDialog } from './import-dialog';
import { ProceduresTable } from './procedures-table';
import './catalogue.css';

const t = texts.catalogue.list;

export function ProceduresPage() {
  const { filters, filtered, update, clear } = useUrlFilters(procedureFilters);
  const search = useSearchBox(filters.q, (q) => update({ q }));
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

  function clearFilters() {
    search.reset();
    clear();
  }

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

      <ListFilters
        label={t.filters}
        search={search}
        searchLabel={t.search}
        searchPlaceholder={t.searchPlaceholder}
      >
        <FilterSelect
          label={t.field}
          allLabel={t.allFields}
          options={fieldOptions}
          optionLabel={(field) => field}
          value={filters.field}
          onChange={(field) => update({ field })}
          error={fields.isError ? t.fieldsUnavailable : undefined}
        />
        <FilterSelect
          label={t.level}
          allLabel={t.allLevels}
          options={PROCEDURE_LEVELS}
          optionLabel={(level) => texts.catalogue.levels[level]}
          value={filters.level}
          onChange={(level) => update({ level })}
        />
        <FilterSelect
          label={t.status}
          allLabel={t.allStatuses}
          options={PROCEDURE_STATUSES}
          optionLabel={(status) => texts.catalogue.statuses[status]}
          value={filters.status}
          onChange={(status) => update({ status })}
        />
      </ListFilters>

      <section className="card card-flush" aria-labelledby="procedures-list-title">
        <ListToolbar
          titleId="procedures-list-title"
          title={t.listTitle}
          count={procedures.data && t.total(procedures.data.total)}
          loading={procedures.isPlaceholderData}
        >
          {(filtered || search.value) && (
            <Button size="sm" variant="ghost" onClick={clearFilters}>
              {t.clearFilters}
            </Button>
          )}
        </ListToolbar>
        <PagedListBody
          query={procedures}
          pageEmpty={t.pageEmpty}
          onPagingChange={update}
          empty={
            <EmptyState title={filtered ? t.emptyFiltered : t.empty}>
              {filtered && (
                <Button variant="ghost" onClick={clearFilters}>
                  {t.clearFilters}
                </Button>
              )}
            </EmptyState>
          }
        >
          {(items) => (
            <ProceduresTable procedures={items} busy={procedures.isPlaceholderData} today={today} />
          )}
        </PagedListBody>
      </section>

      {dialog === 'import' && <ImportDialog today={today} onClose={() => setDialog(null)} />}
      {dialog === 'export' && (
        <ExportDialog defaultDrafts={filters.status === 'draft'} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
