import type { StatisticsTable } from '@motcua/shared';
import { Link, useLocation } from 'react-router';
import { Pagination } from '../../../components/pagination';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { PAGE_SIZES } from '../../../lib/url-filters';
import { drillHref } from '../../../lib/statistics-filter-url';
import { formatCell, isNumericKind } from '../lib/cells';

const t = texts.statisticsReports.table;

type Row = StatisticsTable['rows'][number];

/** The cell naming the row, as a link to its dossier or to the dossiers behind its numbers when it has one. */
function RowHead({ row, text }: { row: Row; text: string }) {
  const location = useLocation();
  if (row.dossierId) {
    return (
      <Link to={`/dossiers/${encodeURIComponent(row.dossierId)}`} aria-label={t.openDossierOf(text)}>
        {text}
      </Link>
    );
  }
  if (row.drill) {
    return (
      <Link
        to={drillHref(row.drill, `${location.pathname}${location.search}`)}
        aria-label={t.drillOf(text)}
        title={t.drill}
      >
        {text}
      </Link>
    );
  }
  return text;
}

/**
 * Any report's answer: the server's columns formatted by kind, the first column naming the row and linking to its
 * dossier (list rows) or to the dossiers behind its numbers (summary rows), the totals over all pages, and the
 * server's pagination.
 */
export function StatisticsTableView({
  table,
  caption,
  busy = false,
  onPageChange,
  onPageSizeChange,
}: {
  table: StatisticsTable;
  caption: string;
  busy?: boolean;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}) {
  const { columns, rows, totals } = table;

  if (table.total === 0) {
    return (
      <EmptyState title={t.empty}>
        <p className="muted">{t.emptyHint}</p>
      </EmptyState>
    );
  }

  return (
    <>
      <div className="table-wrap sr-table-wrap" role="region" aria-label={caption} tabIndex={0}>
        <table
          className={cx('table table-tight sr-table', busy && 'table-busy')}
          aria-busy={busy || undefined}
        >
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={cx(isNumericKind(column.kind) && 'sr-num')}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {t.pageEmpty}
                </td>
              </tr>
            )}
            {rows.map((row, index) => {
              return (
                <tr key={row.dossierId ?? `${table.page}-${index}`}>
                  {columns.map((column, columnIndex) => {
                    const className = cx(
                      isNumericKind(column.kind) && 'sr-num',
                      (column.kind === 'date' || column.kind === 'datetime') && 'nowrap',
                    );
                    const text = formatCell(row.cells[column.key], column.kind);
                    return columnIndex === 0 ? (
                      <th key={column.key} scope="row" className={cx(className, 'sr-row-head')}>
                        <RowHead row={row} text={text} />
                      </th>
                    ) : (
                      <td key={column.key} className={className}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          {totals && (
            <tfoot>
              <tr className="sr-totals">
                {columns.map((column, columnIndex) => {
                  const value = totals[column.key];
                  if (columnIndex === 0) {
                    return (
                      <th key={column.key} scope="row">
                        {value === undefined || value === null ? t.totals : formatCell(value, column.kind)}
                      </th>
                    );
                  }
                  return (
                    <td key={column.key} className={cx(isNumericKind(column.kind) && 'sr-num')}>
                      {value === undefined ? '' : formatCell(value, column.kind)}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <Pagination
        page={table.page}
        pageSize={table.pageSize}
        pageSizes={PAGE_SIZES}
        total={table.total}
        onPageChange={onPageChange}
        onPageSizeChange={onPageSizeChange}
      />
    </>
  );
}
