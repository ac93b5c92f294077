import type { ReportColumn, ReportForm, ReportValues } from '@motcua/shared';
import { computeRow } from '@motcua/shared';
import { Fragment, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { AlertIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import type { Difference, Draft } from '../lib/entry';
import {
  cellId,
  cellLabel,
  columnName,
  columnTotals,
  headerModel,
  systemColumns,
  type GridRow,
  type GridSections,
} from '../lib/grid';
import { signedDelta } from '../lib/history';

const g = texts.reports.grid;
const number = (n: number) => n.toLocaleString('vi-VN');

export type CellMap<T> = Map<string, Map<string, T>>;

export type GridProps = {
  form: ReportForm;
  sections: GridSections;
  /** The unit's own figures to show (while typing: the draft, its sums computed). */
  own: ReportValues;
  /** What goes up: own plus the children's accepted sums. */
  totals: ReportValues;
  /** While the entry account types: the inputs' text and what to do with a change. */
  entry?: { draft: Draft; onCell: (row: string, column: string, text: string) => void };
  errors: CellMap<string>;
  differences: CellMap<Difference>;
};

function Header({ columns, rowSource }: { columns: readonly ReportColumn[]; rowSource: string }) {
  const model = headerModel(columns);
  const span = model.grouped ? 2 : 1;
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={span} className="rp-col-no">
          {g.no}
        </th>
        <th scope="col" rowSpan={span} className="rp-col-label">
          {g.rowHeader[rowSource] ?? g.rowHeader.fields}
        </th>
        {model.top.map((cell) =>
          cell.kind === 'group' ? (
            <th key={`g-${cell.label}`} scope="colgroup" colSpan={cell.span} className="rp-th-group">
              {cell.label}
            </th>
          ) : (
            <th key={cell.column.key} scope="col" rowSpan={span}>
              {cell.column.label}
            </th>
          ),
        )}
      </tr>
      {model.grouped && (
        <tr>
          {model.bottom.map(({ column }) => (
            <th key={column.key} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      )}
      {/* The official forms number their columns; a reader of the screen needs no such numbers. */}
      <tr className="rp-numbers" aria-hidden="true">
        <td className="rp-col-no">(1)</td>
        <td className="rp-col-label">(2)</td>
        {model.numbers.map((n) => (
          <td key={n}>({n})</td>
        ))}
      </tr>
    </thead>
  );
}

/** The system's figure under an entered one; with the difference in words when they differ (not colour alone). */
function SystemFigure({ id, system, difference }: { id: string; system: number; difference?: Difference }) {
  return (
    <span id={id} className="rp-sys">
      <span aria-hidden="true">{g.system}</span>
      <span className="sr-only">{g.systemFull(number(system))}</span>
      <span aria-hidden="true"> {number(system)}</span>
      {difference && (
        <span className="rp-sys-diff">
          <span aria-hidden="true">{g.difference(signedDelta(difference.system, difference.entered))}</span>
          <span className="sr-only">
            , {g.differenceFull(number(difference.entered), number(difference.system))}
          </span>
        </span>
      )}
    </span>
  );
}

function moveVertically(event: KeyboardEvent<HTMLInputElement>, table: HTMLTableElement | null) {
  const down = event.key === 'ArrowDown' || event.key === 'Enter';
  const up = event.key === 'ArrowUp';
  if ((!down && !up) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const { rpRow, rpCol } = event.currentTarget.dataset;
  const next = table?.querySelector<HTMLInputElement>(
    `input[data-rp-row="${Number(rpRow) + (down ? 1 : -1)}"][data-rp-col="${rpCol}"]`,
  );
  event.preventDefault();
  if (next) {
    next.focus();
    next.select();
  }
}

/** A section's sum row: "Cộng", or "Tổng cộng" at the very end. */
function SumRow({
  label,
  values,
  rows,
  columns,
  form,
  strong,
}: {
  label: string;
  values: ReportValues;
  rows: readonly GridRow[];
  columns: readonly ReportColumn[];
  form: ReportForm;
  strong?: boolean;
}) {
  const sums = columnTotals(
    form.template.definition,
    values,
    rows.map((r) => r.key),
  );
  return (
    <tr className={cx('rp-sum', strong && 'rp-sum-strong')}>
      <td className="rp-col-no" />
      <th scope="row" className="rp-col-label">
        {label}
      </th>
      {columns.map((column) => (
        <td key={column.key} className="rp-num">
          {number(sums[column.key] ?? 0)}
        </td>
      ))}
    </tr>
  );
}

function SectionTitle({ title, span }: { title: string; span: number }) {
  return (
    <tr className="rp-section">
      <th scope="rowgroup" colSpan={span}>
        <span className="rp-section-title">{title}</span>
      </th>
    </tr>
  );
}

function ReadOnlyRows({
  rows,
  values,
  columns,
  form,
  empty,
}: {
  rows: readonly GridRow[];
  values: ReportValues;
  columns: readonly ReportColumn[];
  form: ReportForm;
  empty: string;
}) {
  if (rows.length === 0) {
    return (
      <tr className="rp-empty-row">
        <td className="rp-col-no" />
        <td className="rp-col-label muted" colSpan={columns.length + 1}>
          <span className="rp-sticky-text">{empty}</span>
        </td>
      </tr>
    );
  }
  return rows.map((row, index) => {
    const cells = computeRow(form.template.definition, values[row.key] ?? {});
    return (
      <tr key={row.key}>
        <td className="rp-col-no">{index + 1}</td>
        <th scope="row" className="rp-col-label">
          {row.label}
        </th>
        {columns.map((column) => (
          <td key={column.key} className={cx('rp-num', column.sumOf && 'rp-computed')}>
            {number(cells[column.key] ?? 0)}
          </td>
        ))}
      </tr>
    );
  });
}

/**
 * The form in its official layout: No., the row's name, the grouped column headers. The unit's own rows first —
 * inputs while its entry account types, the system's figure under each pre-filled one and any difference flagged —
 * then, for a unit with units under it, their accepted sums and the total that goes up. The grid scrolls sideways in
 * its own box, the first two columns staying in place.
 */
export function ReportGrid({ form, sections, own, totals, entry, errors, differences }: GridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const definition = form.template.definition;
  const columns = definition.columns;
  const withSystem = systemColumns(definition);
  const span = columns.length + 2;
  const split = sections.children !== null;

  function ownCell(row: GridRow, rowIndex: number, column: ReportColumn, cells: Record<string, number>) {
    const id = cellId('own', rowIndex, column.key);
    const error = errors.get(row.key)?.get(column.key);
    const difference = differences.get(row.key)?.get(column.key);
    const system = form.system[row.key]?.[column.key] ?? 0;
    const showSystem = withSystem.has(column.key) && (system !== 0 || difference !== undefined);
    const sysId = `${id}-sys`;
    const errId = `${id}-err`;
    const typed = entry && !column.sumOf;
    let content: ReactNode;
    if (typed) {
      content = (
        <input
          id={id}
          className="rp-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-label={cellLabel(row.label, column, columns)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[showSystem && sysId, error && errId].filter(Boolean).join(' ') || undefined}
          data-rp-row={rowIndex}
          data-rp-col={column.key}
          value={entry.draft[row.key]?.[column.key] ?? ''}
          onChange={(event) => entry.onCell(row.key, column.key, event.target.value)}
          onKeyDown={(event) => moveVertically(event, tableRef.current)}
          onFocus={(event) => event.currentTarget.select()}
        />
      );
    } else {
      // A sum is not focusable; the error summary's link lands on it all the same (tabIndex -1).
      content = (
        <span id={id} className="rp-value" tabIndex={error ? -1 : undefined}>
          {number(cells[column.key] ?? 0)}
          {error && <span className="sr-only">. {error}</span>}
        </span>
      );
    }
    return (
      <td
        key={column.key}
        className={cx(
          'rp-num',
          column.sumOf && 'rp-computed',
          typed && 'rp-cell-input',
          difference && 'is-diff',
          error && 'is-invalid',
        )}
      >
        {content}
        {showSystem && <SystemFigure id={sysId} system={system} difference={difference} />}
      </td>
    );
  }

  const ownRows = sections.own;
  return (
    <div className="rp-grid-wrap" role="region" aria-label={g.regionLabel} tabIndex={0}>
      <table ref={tableRef} className="rp-grid">
        <caption className="sr-only">{g.caption(form.template.code, form.unit.name)}</caption>
        <Header columns={columns} rowSource={definition.rowSource} />
        <tbody>
          {split && <SectionTitle title={g.ownSection} span={span} />}
          {ownRows.length === 0 && (
            <tr className="rp-empty-row">
              <td className="rp-col-no" />
              <td className="rp-col-label muted" colSpan={columns.length + 1}>
                <span className="rp-sticky-text">{g.noRows}</span>
              </td>
            </tr>
          )}
          {ownRows.map((row, rowIndex) => {
            const cells = computeRow(definition, own[row.key] ?? {});
            const rowErrors = errors.get(row.key);
            return (
              <Fragment key={row.key}>
                <tr className={cx(rowErrors && 'rp-row-invalid')}>
                  <td className="rp-col-no">{rowIndex + 1}</td>
                  <th scope="row" className="rp-col-label">
                    {row.label}
                  </th>
                  {columns.map((column) => ownCell(row, rowIndex, column, cells))}
                </tr>
                {rowErrors && (
                  <tr className="rp-error-row">
                    <td className="rp-col-no" />
                    <td colSpan={columns.length + 1}>
                      <ul className="rp-row-errors">
                        {[...rowErrors].map(([column, message]) => {
                          const col = columns.find((c) => c.key === column);
                          return (
                            <li key={column} id={`${cellId('own', rowIndex, column)}-err`}>
                              <AlertIcon width={15} height={15} />
                              {g.cellError(col ? columnName(col, columns) : column, message)}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
          {ownRows.length > 0 && (
            <SumRow
              label={split ? g.sectionTotal : g.grandTotal}
              values={own}
              rows={ownRows}
              columns={columns}
              form={form}
              strong={!split}
            />
          )}
        </tbody>
        {sections.children && (
          <>
            <tbody>
              <SectionTitle title={g.childrenSection} span={span} />
              <ReadOnlyRows
                rows={sections.children.rows}
                values={form.children}
                columns={columns}
                form={form}
                empty={g.noChildren}
              />
              {sections.children.rows.length > 0 && (
                <SumRow
                  label={g.sectionTotal}
                  values={form.children}
                  rows={sections.children.rows}
                  columns={columns}
                  form={form}
                />
              )}
            </tbody>
            <tbody>
              <SectionTitle title={g.totalsSection} span={span} />
              <ReadOnlyRows
                rows={sections.children.totals}
                values={totals}
                columns={columns}
                form={form}
                empty={g.noRows}
              />
              <SumRow
                label={g.grandTotal}
                values={totals}
                rows={sections.children.totals}
                columns={columns}
                form={form}
                strong
              />
            </tbody>
          </>
        )}
      </table>
    </div>
  );
}
