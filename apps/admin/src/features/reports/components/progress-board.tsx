import { REPORT_STATUSES, type Period } from '@motcua/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { EmptyState, ErrorState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDateTime } from '../../../lib/format';
import { useBoard } from '../api/get-board';
import {
  boardEntries,
  boardSummary,
  timeliness,
  type BoardEntry,
  type BoardFilter,
  type Timeliness,
} from '../lib/board';
import { ReportStatusBadge, TimelinessBadge } from './status-badges';

const TIMELINESS: readonly Timeliness[] = ['on_time', 'late', 'open'];

function sameFilter(a: BoardFilter, b: BoardFilter): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A count that also filters the table: pressed, it shows only those forms; pressed again, all of them. */
function CountButton({
  label,
  value,
  tone,
  pressed,
  onToggle,
}: {
  label: string;
  value: number;
  tone: string;
  pressed: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className={cx('rp-count', `rp-count-${tone}`)}
      aria-pressed={pressed}
      onClick={onToggle}
    >
      <span className={cx('rp-count-value', value === 0 && 'is-zero')}>{value.toLocaleString('vi-VN')}</span>
      <span className="rp-count-label">{label}</span>
    </button>
  );
}

/**
 * The superior's view of the units directly under it: how many forms stand at each status, how many came on time or
 * late, and a row per unit and form that opens it. Nothing is shown for a unit without units under it.
 */
export function ProgressBoard({ period }: { period: Period }) {
  const p = texts.reports.period;
  const board = useBoard(period.id);
  const [filter, setFilter] = useState<BoardFilter>(null);

  if (board.isPending) return null;
  if (board.isError) {
    return (
      <section className="card" aria-labelledby="rp-board-title">
        <h2 id="rp-board-title" className="card-title">
          {p.boardTitle}
        </h2>
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      </section>
    );
  }
  if (board.data.units.length === 0) return null;

  const summary = boardSummary(board.data);
  const rows = boardEntries(board.data, period.templates, filter);
  const toggle = (next: BoardFilter) => setFilter((current) => (sameFilter(current, next) ? null : next));
  const codeOf = (entry: BoardEntry) => entry.template.code;

  const columns: Column<BoardEntry>[] = [
    {
      key: 'unit',
      header: p.unit,
      rowHeader: true,
      className: 'rp-col-unit',
      cell: (entry) => (
        <Link
          className="cell-primary"
          to={`/reports/${period.id}/units/${entry.unit.id}/forms/${entry.template.id}`}
          aria-label={`${entry.unit.name} — ${codeOf(entry)}`}
        >
          {entry.unit.name}
        </Link>
      ),
    },
    {
      key: 'form',
      header: texts.reports.create.forms,
      className: 'rp-col-form',
      cell: (entry) => <span className="mono">{codeOf(entry)}</span>,
    },
    {
      key: 'status',
      header: texts.reports.periods.columns.status,
      cell: (entry) => <ReportStatusBadge status={entry.status} />,
    },
    {
      key: 'timeliness',
      header: p.timelinessLabel,
      cell: (entry) => (
        <>
          <TimelinessBadge value={timeliness(entry)} />
          {entry.submittedAt && (
            <span className="cell-secondary rp-nowrap-parts">
              {p.submittedAt}{' '}
              {formatDateTime(entry.submittedAt)
                .split(' ')
                .map((part) => (
                  <span key={part}>{part} </span>
                ))}
            </span>
          )}
        </>
      ),
    },
  ];

  return (
    <section className="card card-flush" aria-labelledby="rp-board-title">
      <div className="card-header">
        <div>
          <h2 id="rp-board-title" className="card-title">
            {p.boardTitle}
          </h2>
          <p className="rp-card-intro">{p.boardIntro}</p>
        </div>
        <div className="card-header-actions">
          {filter && (
            <Button size="sm" variant="ghost" onClick={() => setFilter(null)}>
              {p.showAll}
            </Button>
          )}
          <Button size="sm" busy={board.isFetching && !board.isPending} onClick={() => void board.refetch()}>
            {p.refresh}
          </Button>
        </div>
      </div>
      <div className="rp-counts-wrap">
        <div className="rp-counts" role="group" aria-label={p.countsLabel}>
          {REPORT_STATUSES.map((status) => (
            <CountButton
              key={status}
              label={texts.reports.statuses[status]}
              value={summary.counts[status]}
              tone={status}
              pressed={sameFilter(filter, { status })}
              onToggle={() => toggle({ status })}
            />
          ))}
        </div>
        <div className="rp-counts" role="group" aria-label={p.timelinessLabel}>
          {TIMELINESS.map((value) => (
            <CountButton
              key={value}
              label={p.counts[value === 'on_time' ? 'onTime' : value]}
              value={value === 'on_time' ? summary.onTime : value === 'late' ? summary.late : summary.open}
              tone={value}
              pressed={sameFilter(filter, { timeliness: value })}
              onToggle={() => toggle({ timeliness: value })}
            />
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={p.boardFiltered}>
          <Button variant="ghost" onClick={() => setFilter(null)}>
            {p.showAll}
          </Button>
        </EmptyState>
      ) : (
        <DataTable
          caption={p.boardCaption}
          columns={columns}
          rows={rows}
          rowKey={(entry) => `${entry.unit.id}:${entry.template.id}`}
          busy={board.isFetching && !board.isPending}
          rowClassName={(entry) => (entry.late ? 'rp-row-late' : undefined)}
        />
      )}
    </section>
  );
}
