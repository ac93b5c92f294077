import { hasPermission, type Period } from '@motcua/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { PlusIcon } from '../../../components/icons';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { usePeriods } from '../api/get-periods';
import { CreatePeriodDialog } from './create-period-dialog';
import { PeriodActions } from './period-actions';
import { PeriodStatusBadge } from './status-badges';
import '../reports.css';

function PeriodsTable({ periods }: { periods: Period[] }) {
  const p = texts.reports.periods;
  const c = p.columns;
  const columns: Column<Period>[] = [
    {
      key: 'name',
      header: c.name,
      rowHeader: true,
      className: 'rp-col-name',
      cell: (period) => (
        <>
          <Link className="cell-primary" to={`/reports/${period.id}`}>
            {period.name}
          </Link>
          <span className="cell-secondary">
            {texts.reports.kinds[period.kind]} · {p.forms(period.templates.length)}
          </span>
        </>
      ),
    },
    { key: 'issuer', header: c.issuer, className: 'rp-col-issuer', cell: (period) => period.issuerUnit.name },
    {
      key: 'window',
      header: c.window,
      className: 'rp-col-window',
      cell: (period) => (
        <span className="rp-nowrap-parts">
          <span>{formatDate(period.from)}</span> – <span>{formatDate(period.to)}</span>
        </span>
      ),
    },
    {
      key: 'deadline',
      header: c.deadline,
      className: 'col-date',
      cell: (period) => formatDate(period.entryDeadline),
    },
    {
      key: 'status',
      header: c.status,
      cell: (period) => <PeriodStatusBadge status={period.status} />,
    },
    {
      key: 'actions',
      header: <span className="sr-only">{c.actions}</span>,
      className: 'col-actions',
      cell: (period) => <PeriodActions period={period} labelled />,
    },
  ];
  return <DataTable caption={p.caption} columns={columns} rows={periods} rowKey={(period) => period.id} />;
}

/**
 * The reporting periods the officer's unit issued or takes part in. The approval account of a unit with units under
 * it drafts periods here, issues and closes them.
 */
export function PeriodsPage() {
  const t = texts.reports;
  const p = t.periods;
  const user = useCurrentUser();
  const navigate = useNavigate();
  const canCreate = hasPermission(user.roles, 'reports.approve');
  const periods = usePeriods();
  const [creating, setCreating] = useState(false);

  let body;
  if (periods.isPending) body = <LoadingState />;
  else if (periods.isError)
    body = <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (periods.data.length === 0)
    body = (
      <EmptyState title={canCreate ? p.emptyApprover : p.empty}>
        {canCreate && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {p.create}
          </Button>
        )}
      </EmptyState>
    );
  else body = <PeriodsTable periods={periods.data} />;

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          canCreate && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <PlusIcon width={18} height={18} />
              {p.create}
            </Button>
          )
        }
      />
      <section className="card card-flush" aria-labelledby="rp-periods-title">
        <ListToolbar
          titleId="rp-periods-title"
          title={p.listTitle}
          count={periods.data && p.total(periods.data.length)}
          loading={periods.isFetching && !periods.isPending}
        >
          <Button
            size="sm"
            busy={periods.isFetching && !periods.isPending}
            onClick={() => void periods.refetch()}
          >
            {p.refresh}
          </Button>
        </ListToolbar>
        {body}
      </section>
      {creating && (
        <CreatePeriodDialog
          onClose={() => setCreating(false)}
          onCreated={(period) => {
            setCreating(false);
            void navigate(`/reports/${period.id}`);
          }}
        />
      )}
    </>
  );
}
