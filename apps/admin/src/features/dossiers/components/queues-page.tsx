import type { DossierQueue } from '@motcua/shared';
import { useEffect, useMemo, useReducer, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { useCurrentUser } from '../../../lib/session';
import { useDossiers } from '../api/get-dossiers';
import { useQueueCounts } from '../api/get-queue-counts';
import { collectPages, selectionReducer } from '../lib/pages';
import { defaultQueue, orderQueues, parseQueue } from '../lib/queues';
import { useNow } from '../lib/use-now';
import { BulkAssignBar, BulkOutcomeAlerts, type BulkOutcome } from './bulk-assign-bar';
import { DossierViews, IntakeLink } from './dossier-views';
import { DossiersTable } from './dossiers-table';
import { LoadMore } from './load-more';
import '../dossiers.css';

const PAGE_SIZE = 25;
const NO_SELECTION: ReadonlySet<string> = new Set();

function QueueLinks({
  title,
  queues,
  current,
  counts,
}: {
  title: string;
  queues: DossierQueue[];
  current: DossierQueue;
  counts: Partial<Record<DossierQueue, number>> | undefined;
}) {
  if (queues.length === 0) return null;
  return (
    <div className="queue-group">
      <h2 className="queue-group-title">{title}</h2>
      <ul className="queue-list">
        {queues.map((queue) => {
          const n = counts?.[queue];
          return (
            <li key={queue}>
              <Link
                to={`?queue=${queue}`}
                className="queue-link"
                aria-current={queue === current ? 'page' : undefined}
              >
                <span>{texts.dossiers.queues[queue]}</span>
                {n !== undefined && (
                  <span
                    className={cx(
                      'queue-count',
                      n > 0 && 'has-work',
                      n > 0 && queue === 'overdue' && 'is-overdue',
                    )}
                  >
                    {n.toLocaleString('vi-VN')}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The unit's work queues with their counts; division heads assign from "Chờ phân công" in bulk. */
export function QueuesPage() {
  const user = useCurrentUser();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const counts = useQueueCounts();
  const { mine, others } = orderQueues(user.roles);
  const chosen = parseQueue(params.get('queue'));
  const queue = chosen ?? defaultQueue(user.roles, counts.data);
  // Once the counts have chosen a queue it stays put: emptying it (a bulk assignment) must not switch away.
  const settled = chosen === undefined && counts.data !== undefined;
  useEffect(() => {
    if (settled) setParams({ queue }, { replace: true });
  }, [settled, queue, setParams]);
  // Without a queue in the address, wait for the counts to pick the first one with work.
  const list = useDossiers({ queue, pageSize: PAGE_SIZE }, chosen !== undefined || !counts.isPending);
  const rows = useMemo(() => collectPages(list.data?.pages ?? []), [list.data]);
  const canBulk = queue === 'to_assign' && user.roles.includes('division_head');
  const [selected, dispatch] = useReducer(selectionReducer, NO_SELECTION);
  const [outcome, setOutcome] = useState<{ queue: DossierQueue; result: BulkOutcome } | null>(null);

  const rowIds = useMemo(() => rows.map((r) => r.id), [rows]);
  useEffect(() => dispatch({ type: 'retain', ids: canBulk ? rowIds : [] }), [rowIds, canBulk]);

  const label = texts.dossiers.queues[queue];
  const count = counts.data?.[queue];

  function refresh() {
    void counts.refetch();
    void list.refetch();
  }

  let body;
  if (list.isPending) body = <LoadingState />;
  else if (list.isError && rows.length === 0)
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0) body = <EmptyState title={texts.dossiers.queueEmpty} />;
  else
    body = (
      <>
        {canBulk && (
          <BulkAssignBar
            selected={rows.filter((r) => selected.has(r.id))}
            onAssigned={(result) => {
              dispatch({ type: 'clear' });
              setOutcome({ queue, result });
            }}
          />
        )}
        <DossiersTable
          caption={texts.dossiers.queueCaption(label)}
          rows={rows}
          busy={list.isPlaceholderData}
          now={now}
          order="due"
          selection={
            canBulk
              ? {
                  selected,
                  onToggle: (id) => dispatch({ type: 'toggle', id }),
                  onToggleAll: (ids, value) => dispatch({ type: 'set', ids, selected: value }),
                }
              : undefined
          }
        />
        <LoadMore shown={rows.length} list={list} />
      </>
    );

  return (
    <>
      <PageHeader title={texts.dossiers.title} intro={texts.dossiers.queuesIntro} actions={<IntakeLink />} />
      <DossierViews />
      <nav className="card queue-nav" aria-label={texts.dossiers.queuesLabel}>
        <QueueLinks title={texts.dossiers.myQueues} queues={mine} current={queue} counts={counts.data} />
        <QueueLinks
          title={mine.length > 0 ? texts.dossiers.otherQueues : texts.dossiers.queuesLabel}
          queues={others}
          current={queue}
          counts={counts.data}
        />
        {counts.isError && <p className="queue-error">{texts.dossiers.countsUnavailable}</p>}
      </nav>
      <section className="card card-flush" aria-labelledby="queue-title">
        <div className="card-header">
          <h2 id="queue-title" className="card-title">
            {label}
          </h2>
          <div className="card-header-actions">
            {count !== undefined && <span className="muted">{texts.dossiers.queueCount(count)}</span>}
            <Button
              size="sm"
              variant="ghost"
              onClick={refresh}
              busy={list.isRefetching || counts.isRefetching}
            >
              {texts.dossiers.refresh}
            </Button>
          </div>
        </div>
        {outcome?.queue === queue && <BulkOutcomeAlerts outcome={outcome.result} />}
        {body}
      </section>
    </>
  );
}
