import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { ArrowUpIcon } from './icons';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The order the server sorted by, announced through aria-sort. */
  sort?: 'ascending' | 'descending';
  /** The cell that names the row (a person's name) becomes its row header. */
  rowHeader?: boolean;
  className?: string;
};

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  busy = false,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  busy?: boolean;
}) {
  return (
    // Scrollable on narrow screens; focusable so keyboard users can scroll it too.
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={cx('table', busy && 'table-busy')} aria-busy={busy || undefined}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={column.sort} className={column.className}>
                <span className="th-content">
                  {column.header}
                  {column.sort && (
                    <ArrowUpIcon
                      width={14}
                      height={14}
                      className={cx('sort-icon', column.sort === 'descending' && 'sort-desc')}
                    />
                  )}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.className}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
