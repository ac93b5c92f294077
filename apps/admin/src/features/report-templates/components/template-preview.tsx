import { useId, useMemo, useState } from 'react';
import { Button } from '../../../components/button';
import { AlertIcon, CheckIcon } from '../../../components/icons';
import { locale } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formulas, previewDefinition, previewHeader, sampleRow } from '../lib/preview';
import { isMetric, LEADING_COLUMNS, type TemplateFormValues } from '../lib/template-form';
import { t } from '../lib/texts';

const e = t.editor;

/**
 * The form as it will print: its header with grouped columns and their numbers, and one sample row where typed
 * figures fill the totals and break the rules exactly as a unit's form would (the same shared functions).
 */
export function TemplatePreview({
  id,
  name,
  definition,
}: {
  id: string;
  name: string;
  definition: TemplateFormValues['definition'];
}) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const ids = useId();
  const model = useMemo(() => previewDefinition(definition), [definition]);
  const header = previewHeader(definition.columns, {
    no: e.previewNo,
    row: t.rowHeaders[definition.rowSource],
  });
  const sample = sampleRow(model, typed);
  const totals = formulas(model, header.numbers);
  const failing = new Set(sample.errors.map((error) => error.column));
  const sampleName = t.sampleRows[definition.rowSource];
  const numberOf = (uid: string) => header.numbers.get(uid) ?? 0;
  const hasTyped = Object.values(typed).some((v) => v.trim() !== '');

  return (
    <section id={id} className="card rt-section rt-preview-section" aria-labelledby={`${ids}-title`}>
      <div className="card-header">
        <h2 id={`${ids}-title`} className="card-title">
          {e.previewTitle}
        </h2>
        <Button size="sm" variant="ghost" disabled={!hasTyped} onClick={() => setTyped({})}>
          {e.previewReset}
        </Button>
      </div>
      <p className="card-intro">{e.previewIntro}</p>
      {header.splitGroups.map((group) => (
        <p key={group} className="rt-warning rt-preview-note">
          <AlertIcon width={16} height={16} />
          {e.previewSplitGroup(group)}
        </p>
      ))}
      <div className="table-wrap rt-preview-wrap" role="region" aria-label={e.previewRegion} tabIndex={0}>
        <table className="rt-preview">
          <caption className="sr-only">{e.previewCaption(name)}</caption>
          <thead>
            {header.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell) => (
                  <th
                    key={cell.id}
                    scope={cell.colSpan > 1 ? 'colgroup' : 'col'}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    className={cx(cell.colSpan > 1 && 'rt-preview-group', !cell.label && 'rt-untitled')}
                  >
                    {cell.label || e.previewUntitled}
                  </th>
                ))}
              </tr>
            ))}
            <tr className="rt-preview-numbers">
              {Array.from({ length: LEADING_COLUMNS + definition.columns.length }, (_, i) => (
                <td key={i}>({i + 1})</td>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className="rt-preview-no">1</td>
              <th scope="row" className="rt-preview-row">
                {sampleName}
              </th>
              {model.columns.map((column, index) => {
                const label = definition.columns[index]?.label || e.previewUntitled;
                const broken = failing.has(column.key);
                if (column.sumOf) {
                  return (
                    <td key={column.key} className={cx('rt-preview-total', broken && 'is-broken')}>
                      <output aria-label={e.previewCellLabel(label, sampleName)}>
                        {(sample.cells[column.key] ?? 0).toLocaleString(locale)}
                      </output>
                    </td>
                  );
                }
                const invalid = sample.invalid.includes(column.key);
                const metric = column.metric;
                return (
                  <td
                    key={column.key}
                    className={cx(metric && 'rt-preview-metric', broken && 'is-broken')}
                    title={metric && isMetric(metric) ? e.previewMetricTitle(t.metrics[metric]) : undefined}
                  >
                    <input
                      className="input input-sm rt-preview-input"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={e.previewCellLabel(label, sampleName)}
                      aria-invalid={invalid || broken || undefined}
                      aria-describedby={invalid ? `${ids}-invalid` : undefined}
                      value={typed[column.key] ?? ''}
                      onChange={(event) => {
                        const value = event.target.value;
                        setTyped((current) => ({ ...current, [column.key]: value }));
                      }}
                    />
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="rt-preview-legend muted">{e.previewLegend}</p>
      {totals.length > 0 && (
        <div className="rt-formulas">
          <h3 className="rt-subtitle">{e.previewFormulas}</h3>
          <ul>
            {totals.map((total) => (
              <li key={total.column}>{e.previewFormula(total.number, total.parts)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="rt-preview-result" aria-live="polite">
        {sample.invalid.length > 0 && (
          <p id={`${ids}-invalid`} className="field-error">
            <AlertIcon width={16} height={16} />
            {e.previewNotNumber}
          </p>
        )}
        {hasTyped &&
          (sample.errors.length > 0 ? (
            <div className="rt-preview-errors">
              <p className="field-error">
                <AlertIcon width={16} height={16} />
                {e.previewErrors}
              </p>
              <ul>
                {sample.errors.map((error, i) => (
                  <li key={`${error.column}-${i}`}>
                    <span className="rt-number">({numberOf(error.column)})</span>{' '}
                    {error.message || e.previewNoMessage}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            sample.invalid.length === 0 && (
              <p className="rt-preview-ok">
                <CheckIcon width={16} height={16} />
                {e.previewNoErrors}
              </p>
            )
          ))}
      </div>
    </section>
  );
}
