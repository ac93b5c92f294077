import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { DataTable, type Column } from '../../../components/data-table';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import type { ProcedureSummary } from '../api/get-procedures';
import { versionState } from '../lib/versions';
import { VersionBadge } from './version-badge';

const t = texts.catalogue;

export function ProceduresTable({
  procedures,
  busy,
  today,
}: {
  procedures: ProcedureSummary[];
  busy: boolean;
  today: string;
}) {
  const columns: Column<ProcedureSummary>[] = [
    {
      key: 'code',
      header: t.list.code,
      className: 'cat-col-code',
      cell: (p) => <span className="mono">{p.code}</span>,
    },
    {
      key: 'name',
      header: t.list.name,
      sort: 'ascending',
      rowHeader: true,
      className: 'cat-col-procedure',
      cell: (p) => (
        <>
          <Link className="cell-primary cat-cell-link" to={`/procedures/${encodeURIComponent(p.code)}`}>
            {p.name}
          </Link>
          <span className="cell-secondary">{p.agencies.executing}</span>
        </>
      ),
    },
    { key: 'field', header: t.list.field, className: 'cat-col-field', cell: (p) => p.field },
    {
      key: 'levels',
      header: t.list.levels,
      cell: (p) => (
        <span className="badge-list">
          {p.levels.map((level) => (
            <Badge key={level}>{t.levels[level]}</Badge>
          ))}
        </span>
      ),
    },
    {
      key: 'online',
      header: t.list.onlineLevel,
      className: 'wide-only',
      cell: (p) => t.onlineLevels[p.onlineLevel],
    },
    {
      key: 'status',
      header: t.list.status,
      cell: (p) => (
        <>
          {/* The summary carries no end date, so a published row is read by its first day only. */}
          <VersionBadge
            state={versionState({ ...p, effectiveTo: null }, today)}
            effectiveFrom={p.effectiveFrom}
          />
          <span className="cell-secondary">{t.list.versionNo(p.versionNo)}</span>
        </>
      ),
    },
    {
      key: 'effective',
      header: t.list.effective,
      className: 'col-date',
      cell: (p) =>
        p.effectiveFrom ? (
          t.list.effectiveFrom(formatDate(p.effectiveFrom))
        ) : (
          <span className="muted">{t.list.notPublished}</span>
        ),
    },
    {
      key: 'actions',
      header: <span className="sr-only">{t.list.actions}</span>,
      className: 'col-actions',
      cell: (p) =>
        p.status === 'draft' ? (
          <Link
            className="btn btn-secondary btn-sm"
            to={`/procedures/${encodeURIComponent(p.code)}/drafts/${p.id}`}
            aria-label={t.list.editDraftOf(p.code)}
          >
            {t.list.editDraft}
          </Link>
        ) : null,
    },
  ];

  return (
    <DataTable
      caption={t.list.tableCaption}
      columns={columns}
      rows={procedures}
      rowKey={(p) => p.id}
      rowClassName={(p) => (p.status === 'retired' ? 'row-muted' : undefined)}
      busy={busy}
    />
  );
}
