import type { CellError, ReportForm } from '@motcua/shared';
import type { Ref } from 'react';
import { Link } from 'react-router';
import { AlertIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import type { Difference } from '../lib/entry';
import { cellId, cellLabel, type GridRow } from '../lib/grid';
import { ReportStatusBadge } from './status-badges';

const number = (n: number) => n.toLocaleString('vi-VN');

function labelOf(form: ReportForm, rows: readonly GridRow[], row: string, column: string): string {
  const columns = form.template.definition.columns;
  const col = columns.find((c) => c.key === column);
  const rowLabel = rows.find((r) => r.key === row)?.label ?? row;
  return col ? cellLabel(rowLabel, col, columns) : `${rowLabel} — ${column}`;
}

/**
 * The cells to fix, each a link to its cell, above the grid. Not a live region (it changes with every keystroke);
 * a refused send focuses it instead.
 */
export function ErrorSummary({
  form,
  rows,
  errors,
  summaryRef,
}: {
  form: ReportForm;
  rows: readonly GridRow[];
  errors: readonly CellError[];
  summaryRef?: Ref<HTMLDivElement>;
}) {
  const e = texts.reports.entry;
  if (errors.length === 0) return null;
  return (
    <div
      ref={summaryRef}
      className="alert alert-danger rp-error-summary"
      tabIndex={-1}
      aria-labelledby="rp-error-summary-title"
      role="group"
    >
      <AlertIcon className="alert-icon" />
      <div className="alert-content">
        <p id="rp-error-summary-title" className="alert-title">
          {e.errorsTitle(errors.length)}
        </p>
        <ul className="rp-summary-list">
          {errors.map((error) => {
            const index = rows.findIndex((r) => r.key === error.row);
            return (
              <li key={`${error.row}\u0000${error.column}\u0000${error.message}`}>
                {index >= 0 ? (
                  <a
                    href={`#${cellId('own', index, error.column)}`}
                    onClick={(event) => {
                      const target = document.getElementById(cellId('own', index, error.column));
                      if (!target) return;
                      event.preventDefault();
                      target.focus();
                    }}
                  >
                    {labelOf(form, rows, error.row, error.column)}
                  </a>
                ) : (
                  labelOf(form, rows, error.row, error.column)
                )}
                : {error.message}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/**
 * Where the figures differ from the system's (the national index compares them): how many, and on request which,
 * entered against counted. Text, not colour alone.
 */
export function DifferencesSummary({
  form,
  rows,
  differences,
}: {
  form: ReportForm;
  rows: readonly GridRow[];
  differences: readonly Difference[];
}) {
  const e = texts.reports.entry;
  if (differences.length === 0) {
    return Object.keys(form.system).length > 0 ? <p className="rp-diff-ok">{e.differencesNone}</p> : null;
  }
  return (
    <details className="rp-diff-summary">
      <summary>
        <strong>{e.differencesTitle(differences.length)}</strong>
      </summary>
      <p className="rp-diff-intro">{e.differencesIntro}</p>
      <ul className="rp-summary-list">
        {differences.map((d) => (
          <li key={`${d.row}\u0000${d.column}`}>
            {e.differenceLine(labelOf(form, rows, d.row, d.column), number(d.entered), number(d.system))}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The units under this one whose form the superior has not accepted yet: their sums are not counted. */
export function MissingChildren({ form }: { form: ReportForm }) {
  const f = texts.reports.form;
  if (form.missingChildren.length === 0) return <p className="muted">{f.missingNone}</p>;
  return (
    <>
      <p className="card-intro">{f.missingIntro}</p>
      <ul className="rp-missing">
        {form.missingChildren.map((child) => (
          <li key={child.id}>
            <Link to={`/reports/${form.period.id}/units/${child.id}/forms/${form.template.id}`}>
              {child.name}
            </Link>
            <ReportStatusBadge status={child.status} />
          </li>
        ))}
      </ul>
    </>
  );
}
