import type { DossierSummary } from '@motcua/shared';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../components/data-table';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';
import { dueStatus } from '../lib/due-status';
import { DueBadge } from './due-badge';
import { StateBadge } from './state-badge';

/** Date and time may wrap onto two lines when the table is tight, but never inside either. */
function DateTime({ iso }: { iso: string }) {
  const [date, time] = formatDateTime(iso).split(' ');
  return (
    <span className="cell-date">
      <span className="nowrap">{date}</span> <span className="nowrap">{time}</span>
    </span>
  );
}

export type RowSelection = {
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], selected: boolean) => void;
};

/** Dossiers of a queue or a search; the code opens the dossier. With `selection`, rows can be ticked. */
export function DossiersTable({
  caption,
  rows,
  busy,
  now,
  order,
  selection,
}: {
  caption: string;
  rows: DossierSummary[];
  busy: boolean;
  now: Date;
  /** What the server sorted by: the most urgent first in a queue, the newest first in a search. */
  order: 'due' | 'received';
  selection?: RowSelection | undefined;
}) {
  const c = texts.dossiers.columns;
  const columns: Column<DossierSummary>[] = [];
  if (selection) {
    const ids = rows.map((r) => r.id);
    const all = ids.length > 0 && ids.every((id) => selection.selected.has(id));
    const some = ids.some((id) => selection.selected.has(id));
    columns.push({
      key: 'select',
      className: 'col-select',
      header: (
        <input
          type="checkbox"
          className="row-check"
          aria-label={texts.dossiers.bulk.selectAll}
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = some && !all;
          }}
          onChange={(event) => selection.onToggleAll(ids, event.target.checked)}
        />
      ),
      cell: (row) => (
        <input
          type="checkbox"
          className="row-check"
          aria-label={texts.dossiers.bulk.selectOne(row.code)}
          checked={selection.selected.has(row.id)}
          onChange={() => selection.onToggle(row.id)}
        />
      ),
    });
  }
  columns.push(
    {
      key: 'code',
      header: c.code,
      rowHeader: true,
      className: 'col-code',
      cell: (row) => (
        <Link className="code-link mono" to={`/dossiers/${row.id}`}>
          {row.code}
        </Link>
      ),
    },
    {
      key: 'procedure',
      header: c.procedure,
      className: 'col-procedure',
      cell: (row) => (
        <>
          <span className="cell-clamp">{row.procedureName}</span>
          <span className="cell-secondary mono">{row.procedureCode}</span>
        </>
      ),
    },
    { key: 'applicant', header: c.applicant, className: 'col-applicant', cell: (row) => row.applicantName },
    {
      key: 'state',
      header: c.stateAndUnit,
      className: 'col-state',
      // The unit where the dossier is now sits under its state: together they say where it stands.
      cell: (row) => (
        <>
          <StateBadge state={row.state} />
          <span className="cell-secondary">
            <span className="sr-only">{c.currentUnit}: </span>
            {row.currentUnit.name}
          </span>
        </>
      ),
    },
    {
      key: 'assignee',
      header: c.assignee,
      className: 'col-assignee',
      cell: (row) => row.assignee?.fullName ?? <span className="muted">{texts.dossiers.notAssigned}</span>,
    },
    {
      key: 'received',
      header: c.received,
      sort: order === 'received' ? 'descending' : undefined,
      className: 'col-when',
      cell: (row) =>
        row.receivedAt ? (
          <DateTime iso={row.receivedAt} />
        ) : (
          <span className="muted">{texts.dossiers.notReceived}</span>
        ),
    },
    {
      key: 'due',
      header: c.due,
      sort: order === 'due' ? 'ascending' : undefined,
      className: 'col-due',
      cell: (row) => (
        <>
          {row.dueAt ? (
            <DateTime iso={row.dueAt} />
          ) : (
            <span className="muted">{texts.dossiers.noDueDate}</span>
          )}
          <DueBadge dossier={row} now={now} />
        </>
      ),
    },
  );
  return (
    <div className="table-tight">
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        busy={busy}
        rowClassName={(row) =>
          [
            dueStatus(row, now)?.overdue ? 'row-overdue' : undefined,
            selection?.selected.has(row.id) ? 'row-selected' : undefined,
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
      />
    </div>
  );
}
