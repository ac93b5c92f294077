import { hasPermission, type StatisticsTable } from '@motcua/shared';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { DataTable, type Column } from '../../../components/data-table';
import { ListToolbar } from '../../../components/list-toolbar';
import { PagedListBody } from '../../../components/paged-list';
import { PageHeader } from '../../../components/page-header';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useDrillDossiers } from '../api/get-drill-dossiers';
import { formatCell } from '../lib/cells';
import { filterChips } from '../lib/chips';
import { drillFilters, safeBack } from '../../../lib/statistics-filter-url';
import { unitNameLookup, type StatisticsUnitOption } from '../lib/unit-option';
import '../statistics.css';

const t = texts.statistics.drill;

type Row = StatisticsTable['rows'][number] & { key: string };

/** The conditions of the list, read aloud as a list and shown as chips. */
function FilterChips({ chips }: { chips: ReturnType<typeof filterChips> }) {
  return (
    <section className="card st-chips-card" aria-labelledby="st-chips-title">
      <h2 id="st-chips-title" className="st-chips-title">
        {t.filterLabel}
      </h2>
      <ul className="st-chips">
        {chips.map((chip) => (
          <li key={chip.key} className="st-chip">
            <span className="st-chip-label">{chip.label}:</span> {chip.value}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The dossiers behind a number of the dashboard (or of a report row): the filter from the address, run as a custom
 * report with a fixed set of columns, a page at a time; each dossier opens its own page.
 */
export function DrillPage({ units }: { units: readonly StatisticsUnitOption[] }) {
  const user = useCurrentUser();
  const { filters, update } = useUrlFilters(drillFilters);
  const { filter, back, page, pageSize } = filters;
  const query = useDrillDossiers(filter, { page, pageSize });
  const chips = filterChips(filter, unitNameLookup(units));
  const canOpen = hasPermission(user.roles, 'dossiers.read');

  const table = query.data;
  const columns: Column<Row>[] = (table?.columns ?? []).map((column) => ({
    key: column.key,
    header: column.label,
    rowHeader: column.key === 'code',
    className: `st-col-${column.key}`,
    cell: (row) => {
      const text = formatCell(column.key, column.kind, row.cells[column.key] ?? null);
      // Date above time: eight columns fit a laptop screen without scrolling sideways.
      if (column.kind === 'datetime' && text.includes(' ')) {
        const [day, time] = text.split(' ');
        return (
          <>
            {day}
            <span className="cell-secondary">{time}</span>
          </>
        );
      }
      if (column.key === 'code' && row.dossierId && canOpen)
        return (
          <Link to={`/dossiers/${row.dossierId}`} aria-label={t.openDossier(text)} className="mono">
            {text}
          </Link>
        );
      return text;
    },
  }));

  // PagedListBody reads a page of `items`; the report's table carries its rows and paging alongside.
  const pageQuery = {
    ...query,
    data: table && {
      items: table.rows.map((row, i) => ({ ...row, key: row.dossierId ?? String(i) })),
      total: table.total,
      page: table.page,
      pageSize: table.pageSize,
    },
  };

  return (
    <>
      <BackLink to={safeBack(back, '/statistics')}>{t.back}</BackLink>
      <PageHeader title={t.title} intro={t.intro} />
      <FilterChips chips={chips} />
      <section className="card card-flush" aria-labelledby="st-drill-title">
        <ListToolbar
          titleId="st-drill-title"
          title={t.listTitle}
          count={table ? t.total(table.total) : undefined}
          loading={query.isPlaceholderData}
        />
        <PagedListBody
          query={pageQuery}
          empty={<EmptyState title={t.empty} />}
          pageEmpty={t.pageEmpty}
          onPagingChange={update}
        >
          {(rows) => (
            <div className="st-drill">
              <DataTable
                caption={t.caption}
                columns={columns}
                rows={rows}
                rowKey={(row) => row.key}
                busy={query.isPlaceholderData}
              />
            </div>
          )}
        </PagedListBody>
      </section>
    </>
  );
}
