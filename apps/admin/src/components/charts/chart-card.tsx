import { useState, type ReactNode } from 'react';
import { texts } from '../../config/i18n';
import { cx } from '../../lib/cx';
import { Button } from '../button';
import './charts.css';

const f = texts.statistics.figures;

/** A chart's figures: one row per bar or slice, a header per column; cells may be links to the list behind them. */
export type Figures = {
  /** The header of the first column, which names the rows. */
  label: string;
  columns: string[];
  rows: { key: string; label: string; cells: ReactNode[] }[];
  total?: ReactNode[];
};

/** A column of figures, read alike from each row and from the totals. */
export type FigureColumn<F> = { label: string; value: (figures: F) => ReactNode };

/** Figures read column by column from rows of data (and their totals, if any). */
export function columnFigures<F, R extends F>({
  label,
  columns,
  rows,
  rowKey,
  rowLabel,
  total,
}: {
  label: string;
  columns: FigureColumn<F>[];
  rows: R[];
  rowKey: (row: R) => string;
  rowLabel: (row: R) => string;
  total?: F;
}): Figures {
  return {
    label,
    columns: columns.map((column) => column.label),
    rows: rows.map((row) => ({
      key: rowKey(row),
      label: rowLabel(row),
      cells: columns.map((column) => column.value(row)),
    })),
    total: total === undefined ? undefined : columns.map((column) => column.value(total)),
  };
}

/** A table of figures; scrollable (and so focusable) only when it is shown on screen. */
function FigureTable({ caption, visible, figures }: { caption: string; visible: boolean; figures: Figures }) {
  const table = (
    <table className="table chart-figures">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{figures.label}</th>
          {figures.columns.map((column) => (
            <th key={column} scope="col" className="num">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {figures.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={figures.columns[i] ?? i} className="num">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {figures.total && (
        <tfoot>
          <tr>
            <th scope="row">{f.total}</th>
            {figures.total.map((cell, i) => (
              <td key={figures.columns[i] ?? i} className="num">
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
  if (!visible) return table;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}

/**
 * A chart and its figures. The figures are a real table, always there for screen readers and keyboard users; on
 * screen it is shown on demand under the chart, which is then hidden from assistive technology. Cards go in a
 * `chart-grid`, two abreast on a wide screen.
 */
export function ChartCard({
  id,
  title,
  wide = false,
  hint,
  chart,
  figures,
}: {
  id: string;
  title: string;
  /** Across both columns of the grid. */
  wide?: boolean;
  hint?: ReactNode;
  chart: ReactNode;
  figures?: Figures;
}) {
  const [showTable, setShowTable] = useState(false);
  return (
    <section className={cx('card chart-card', wide && 'is-wide')} aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`} className="card-title">
          {title}
        </h2>
        {figures && (
          <Button size="sm" variant="ghost" onClick={() => setShowTable(!showTable)}>
            {showTable ? f.hide : f.show}
          </Button>
        )}
      </div>
      {hint && <p className="chart-hint">{hint}</p>}
      <div className="chart" aria-hidden={figures ? 'true' : undefined}>
        {chart}
      </div>
      {figures && (
        <div className={showTable ? 'chart-table' : 'sr-only'}>
          <FigureTable caption={title} visible={showTable} figures={figures} />
        </div>
      )}
    </section>
  );
}
