import type { FeedbackSummary } from '@motcua/shared';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/data-table';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';
import { liveState } from '../lib/countdown';
import { DeadlineBadge } from './deadline-badge';
import { StatusBadge } from './status-badge';

/** Date and time may wrap onto two lines when the table is tight, but never inside either. */
export function DateTime({ iso }: { iso: string }) {
  const [date, time] = formatDateTime(iso).split(' ');
  return (
    <span className="fb-date">
      <span className="nowrap">{date}</span> <span className="nowrap">{time}</span>
    </span>
  );
}

/** The feedback of a box; the code opens it. The nearest running deadline counts down in the last column. */
export function FeedbackTable({
  caption,
  rows,
  busy,
  now,
}: {
  caption: string;
  rows: FeedbackSummary[];
  busy: boolean;
  now: Date;
}) {
  const t = texts.feedback;
  const c = t.queue.columns;
  const columns: Column<FeedbackSummary>[] = [
    {
      key: 'code',
      header: c.code,
      rowHeader: true,
      className: 'fb-col-code',
      cell: (row) => (
        <>
          <Link className="code-link mono" to={`/feedback/${row.id}`}>
            {row.code}
          </Link>
          {/* Below a wide screen the submission date moves under the code. */}
          <span className="cell-secondary fb-narrow">
            <span className="sr-only">{c.submitted}: </span>
            {formatDateTime(row.submittedAt)}
          </span>
        </>
      ),
    },
    {
      key: 'title',
      header: c.title,
      className: 'fb-col-title',
      cell: (row) => (
        <>
          <span className="cell-clamp fb-clamp">{row.title}</span>
          {/* Below a wide screen the category column goes; its value moves under the title. */}
          <span className="cell-secondary fb-narrow">{t.categoriesShort[row.category]}</span>
        </>
      ),
    },
    {
      key: 'category',
      header: c.category,
      className: 'fb-col-category fb-wide',
      cell: (row) => t.categoriesShort[row.category],
    },
    {
      key: 'status',
      header: c.status,
      className: 'fb-col-status',
      cell: (row) => <StatusBadge status={row.status} />,
    },
    {
      key: 'units',
      header: c.units,
      className: 'fb-col-units',
      cell: (row) => (
        <>
          <span>
            <span className="sr-only">{t.queue.receivingUnit}: </span>
            {row.receivingUnit.name}
          </span>
          {row.handlingUnit && row.handlingUnit.id !== row.receivingUnit.id && (
            <span className="cell-secondary">{t.queue.handlingUnit(row.handlingUnit.name)}</span>
          )}
        </>
      ),
    },
    {
      key: 'submitted',
      header: c.submitted,
      className: 'fb-col-when fb-wide',
      cell: (row) => <DateTime iso={row.submittedAt} />,
    },
    {
      key: 'deadline',
      header: c.deadline,
      className: 'fb-col-due',
      cell: (row) =>
        row.nextDeadline ? (
          <span className="fb-due-cell">
            <span className="cell-secondary">{t.deadlines[row.nextDeadline.kind]}</span>
            <span className="nowrap">{formatDateTime(row.nextDeadline.dueAt)}</span>
            <DeadlineBadge deadline={row.nextDeadline} now={now} />
          </span>
        ) : (
          <span className="muted">{t.queue.noDeadline}</span>
        ),
    },
  ];
  return (
    <div className="table-tight fb-table">
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        busy={busy}
        rowClassName={(row) =>
          row.nextDeadline && liveState(row.nextDeadline, now) === 'overdue' ? 'row-overdue' : undefined
        }
      />
    </div>
  );
}
