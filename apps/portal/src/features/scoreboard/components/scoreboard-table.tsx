import type { ReactNode } from 'react';
import { texts } from '../../../config/texts';
import { barWidth, formatCount, formatDays, formatShare } from '../lib/scoreboard-format';
import {
  ariaSortOf,
  SCOREBOARD_COLUMNS,
  type ScoreboardColumn,
  type ScoreboardItem,
  type SortState,
} from '../lib/scoreboard-sort';

function SortIcon({ state }: { state: 'ascending' | 'descending' | 'none' }) {
  return (
    <svg
      className="scoreboard-sort-icon"
      width="12"
      height="16"
      viewBox="0 0 12 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 1l5 5.5H1z" fill="currentColor" opacity={state === 'ascending' ? 1 : 0.3} />
      <path d="M6 15L1 9.5h10z" fill="currentColor" opacity={state === 'descending' ? 1 : 0.3} />
    </svg>
  );
}

/** A figure, or a dash read out as "no figure yet" when there was nothing to measure. */
function Figure({ value, unit }: { value: string | null; unit?: string }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{texts.scoreboard.noFigure}</span>
      </>
    );
  }
  return (
    <>
      <span className="scoreboard-table__figure">{value}</span>
      {unit ? <span className="scoreboard-table__unit"> {unit}</span> : null}
    </>
  );
}

/**
 * A data cell; on a phone, where each agency becomes a card, it carries its column's name (hidden from screen
 * readers, which announce the column header themselves).
 */
function Cell({ column, children }: { column: ScoreboardColumn; children: ReactNode }) {
  return (
    <td role="cell" className={`scoreboard-table__cell scoreboard-table__cell--${column}`}>
      <span className="scoreboard-table__label" aria-hidden="true">
        {texts.scoreboard.columns[column]}
      </span>
      <span className="scoreboard-table__value">{children}</span>
    </td>
  );
}

function Row({ item }: { item: ScoreboardItem }) {
  const onTime = formatShare(item.onTimeShare);
  return (
    <tr role="row">
      <th role="rowheader" scope="row" className="scoreboard-table__name">
        {item.unitName}
      </th>
      <Cell column="resolved">{formatCount(item.resolved)}</Cell>
      <Cell column="onTimeShare">
        <Figure value={onTime} />
        {onTime === null ? null : (
          <span className="scoreboard-bar" aria-hidden="true">
            <span className="scoreboard-bar__fill" style={{ width: `${barWidth(item.onTimeShare)}%` }} />
          </span>
        )}
      </Cell>
      <Cell column="averageDays">
        <Figure value={formatDays(item.averageDays)} unit={texts.scoreboard.daysUnit} />
      </Cell>
      <Cell column="satisfiedShare">
        <Figure value={formatShare(item.satisfiedShare)} />
      </Cell>
      <Cell column="rated">{formatCount(item.rated)}</Cell>
    </tr>
  );
}

type ScoreboardTableProps = {
  caption: string;
  items: readonly ScoreboardItem[];
  sort: SortState;
  onSort: (column: ScoreboardColumn) => void;
  busy: boolean;
};

/**
 * The agencies and their figures. Each header is a button that sorts by its column; the sorted one says so through
 * aria-sort and the caption. The explicit roles keep the table a table for screen readers on a phone, where CSS
 * lays each row out as a card (some browsers drop table semantics once `display` changes).
 */
export function ScoreboardTable({ caption, items, sort, onSort, busy }: ScoreboardTableProps) {
  const sorted = texts.scoreboard.sortedBy(
    texts.scoreboard.columns[sort.column],
    sort.direction === 'asc',
    sort.column === 'unitName',
  );
  return (
    <div className="scoreboard-table-wrap">
      <p className="scoreboard-table__title" aria-hidden="true">
        {caption}
      </p>
      <p className="scoreboard-table__sort-hint" aria-hidden="true">
        {texts.scoreboard.sortLabel}
      </p>
      <table role="table" className="scoreboard-table" aria-busy={busy || undefined}>
        <caption className="scoreboard-table__caption">
          {caption}
          <span className="visually-hidden">, {sorted}</span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            {SCOREBOARD_COLUMNS.map((column) => {
              const state = ariaSortOf(sort, column);
              return (
                <th
                  key={column}
                  role="columnheader"
                  scope="col"
                  aria-sort={state === 'none' ? undefined : state}
                  className={`scoreboard-table__head scoreboard-table__head--${column}`}
                >
                  <button
                    type="button"
                    className="scoreboard-sort"
                    data-active={state !== 'none'}
                    onClick={() => onSort(column)}
                  >
                    <span>
                      {texts.scoreboard.columns[column]}
                      {column === 'averageDays' ? (
                        <span className="scoreboard-sort__unit"> ({texts.scoreboard.daysUnit})</span>
                      ) : null}
                    </span>
                    <SortIcon state={state} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {items.map((item) => (
            <Row key={item.unitId} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
