import { useState, type ReactNode } from 'react';
import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';

const f = texts.statistics.figures;

/** A chart's figures: one row per bar or slice, a header per column; cells may be links to the list behind them. */
export type Figures = {
  /** The header of the first column, which names the rows. */
  label: string;
  columns: string[];
  rows: { key: string; label: string; cells: ReactNode[] }[];
  total?: ReactNode[];
};

function FigureTable({ caption, visible, figures }: { caption: string; visible: boolean; figures: Figures }) {
  const table = (
    <table className="table st-figures">
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
 * A chart and its figures. The figures are a real table with a link behind each number, always there for screen
 * readers and keyboard users; on screen it is shown on demand under the chart, which is hidden from assistive
 * technology.
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
  wide?: boolean;
  hint?: ReactNode;
  chart: ReactNode;
  figures?: Figures;
}) {
  const [showTable, setShowTable] = useState(false);
  return (
    <section className={cx('card st-chart-card', wide && 'is-wide')} aria-labelledby={`${id}-title`}>
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
      {hint && <p className="st-chart-hint">{hint}</p>}
      <div className="st-chart" aria-hidden={figures ? 'true' : undefined}>
        {chart}
      </div>
      {figures && (
        <div className={showTable ? 'st-chart-table' : 'sr-only'}>
          <FigureTable caption={title} visible={showTable} figures={figures} />
        </div>
      )}
    </section>
  );
}
