import { ProcedureCodeSchema, type Workflow } from '@motcua/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { formatDate, todayInVietnam } from '../../../lib/format';
import { useProcedureNames } from '../api/get-procedure';
import { useWorkflows } from '../api/get-workflows';
import { workflowState } from '../lib/workflow-state';
import { WorkflowStateBadge } from './workflow-state-badge';
import './workflows.css';

const t = texts.workflows.list;

/** The workflows of the units within reach, filtered by procedure code (kept in the address bar). */
export function WorkflowsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = ProcedureCodeSchema.safeParse(searchParams.get('procedure') ?? '');
  const procedureCode = parsed.success ? parsed.data : undefined;
  const [code, setCode] = useState(procedureCode ?? '');
  const [codeError, setCodeError] = useState<string | undefined>(undefined);
  const workflows = useWorkflows({ procedureCode });
  const names = useProcedureNames((workflows.data ?? []).map((w) => w.procedureCode));
  const today = todayInVietnam();

  function apply(value: string) {
    const trimmed = value.trim();
    if (trimmed !== '' && !ProcedureCodeSchema.safeParse(trimmed).success) {
      setCodeError(t.procedureFilterInvalid);
      return;
    }
    setCodeError(undefined);
    setSearchParams(trimmed ? new URLSearchParams({ procedure: trimmed }) : new URLSearchParams(), {
      replace: true,
    });
  }

  const columns: Column<Workflow>[] = [
    {
      key: 'procedure',
      header: t.procedure,
      rowHeader: true,
      sort: 'ascending',
      className: 'wf-col-procedure',
      cell: (w) => (
        <>
          <Link className="cell-primary wf-cell-link" to={`/workflows/${w.id}`}>
            <span className="mono">{w.procedureCode}</span> {names.get(w.procedureCode) ?? ''}
          </Link>
        </>
      ),
    },
    { key: 'owner', header: t.owner, cell: (w) => w.ownerUnitName },
    { key: 'steps', header: t.steps, className: 'wf-num', cell: (w) => w.steps.length },
    {
      key: 'total',
      header: t.total_,
      className: 'wf-num',
      cell: (w) => texts.workflows.hoursUnit(w.totalHours),
    },
    {
      key: 'status',
      header: t.status,
      cell: (w) => (
        <>
          <WorkflowStateBadge state={workflowState(w, today)} />
          <span className="cell-secondary">{t.versionNo(w.versionNo)}</span>
        </>
      ),
    },
    {
      key: 'effective',
      header: t.effective,
      className: 'col-date',
      cell: (w) =>
        w.effectiveFrom ? (
          w.effectiveTo ? (
            t.range(formatDate(w.effectiveFrom), formatDate(w.effectiveTo))
          ) : (
            t.from(formatDate(w.effectiveFrom))
          )
        ) : (
          <span className="muted">{t.notPublished}</span>
        ),
    },
    {
      key: 'actions',
      header: <span className="sr-only">{t.actions}</span>,
      className: 'col-actions',
      cell: (w) => (
        <Link
          className="btn btn-secondary btn-sm"
          to={`/workflows/${w.id}`}
          aria-label={
            w.status === 'draft'
              ? t.editOf(w.procedureCode, w.ownerUnitName)
              : t.viewOf(w.procedureCode, w.ownerUnitName)
          }
        >
          {w.status === 'draft' ? t.edit : t.view}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <Link className="btn btn-primary" to="/workflows/new">
            <PlusIcon width={18} height={18} />
            {t.add}
          </Link>
        }
      />
      <form
        role="search"
        aria-label={t.filters}
        className="card wf-filters"
        onSubmit={(event) => {
          event.preventDefault();
          apply(code);
        }}
      >
        <TextField
          label={t.procedureFilter}
          hint={t.procedureFilterHint}
          value={code}
          error={codeError}
          inputMode="decimal"
          autoComplete="off"
          className="mono-input wf-filter-code"
          onChange={(event) => setCode(event.target.value)}
        />
        <Button type="submit">{t.apply}</Button>
        {procedureCode && (
          <Button
            variant="ghost"
            onClick={() => {
              setCode('');
              apply('');
            }}
          >
            {t.clear}
          </Button>
        )}
      </form>
      <section className="card card-flush" aria-labelledby="workflows-list-title">
        <ListToolbar
          titleId="workflows-list-title"
          title={t.listTitle}
          count={workflows.data && t.total(workflows.data.length)}
        />
        {workflows.isPending ? (
          <LoadingState />
        ) : workflows.isError ? (
          <ErrorState error={workflows.error} onRetry={() => void workflows.refetch()} />
        ) : workflows.data.length === 0 ? (
          <EmptyState title={procedureCode ? t.emptyFiltered : t.empty} />
        ) : (
          <DataTable
            caption={t.tableCaption}
            columns={columns}
            rows={workflows.data}
            rowKey={(w) => w.id}
            busy={workflows.isFetching}
          />
        )}
      </section>
    </>
  );
}
