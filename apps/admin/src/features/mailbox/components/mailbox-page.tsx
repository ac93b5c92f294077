import { OUTBOX_CHANNELS, OUTBOX_STATUSES, TRANSPORTS, type OutboxMessage } from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { Pagination } from '../../../components/pagination';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { useOutbox } from '../api/get-outbox';
import { useRetryOutboxMessage } from '../api/retry-outbox-message';
import {
  PAGE_SIZES,
  hasActiveFilters,
  outboxFiltersToParams,
  parseOutboxFilters,
  type OutboxFilters,
} from '../lib/outbox-filters';
import { MessageDialog } from './message-dialog';
import { OutboxTable } from './outbox-table';
import '../mailbox.css';

const SEARCH_DELAY_MS = 350;

function retryProblem(error: unknown): string {
  // 409: someone retried it already, or it went out meanwhile; the list has been reloaded to show which.
  if (isApiError(error) && error.status === 409) return texts.mailbox.retryNotAllowed;
  const { title, detail } = describeError(error);
  return `${texts.mailbox.retryFailed} ${detail ?? title}`;
}

/**
 * The delivery log of e-mails and SMS, which is also the local mailbox when no provider is configured: a demo
 * reads here what the system sent. Filters live in the address; a message opens in a dialog.
 */
export function MailboxPage() {
  const t = texts.mailbox;
  const toast = useToast();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseOutboxFilters(searchParams);
  const [search, setSearch] = useState(filters.q);
  const [shownQuery, setShownQuery] = useState(filters.q);
  // Back/forward changes the address under the box: follow it, but not the echo of the admin's own typing.
  if (filters.q !== shownQuery) {
    setShownQuery(filters.q);
    if (filters.q !== search.trim()) setSearch(filters.q);
  }
  const searchTimer = useRef<number | undefined>(undefined);
  const [opened, setOpened] = useState<OutboxMessage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const retry = useRetryOutboxMessage();

  const outbox = useOutbox({
    q: filters.q || undefined,
    status: filters.status,
    channel: filters.channel,
    transport: filters.transport,
    page: filters.page,
    pageSize: filters.pageSize,
  });

  useEffect(() => () => window.clearTimeout(searchTimer.current), []);

  /** Any filter change starts again from page 1; the page itself changes only through pagination. */
  function update(change: Partial<OutboxFilters>) {
    setSearchParams(
      (current) => outboxFiltersToParams({ ...parseOutboxFilters(current), page: 1, ...change }),
      { replace: !('page' in change) },
    );
  }

  function onSearchChange(value: string) {
    setSearch(value);
    window.clearTimeout(searchTimer.current);
    searchTimer.current = window.setTimeout(() => update({ q: value.trim() }), SEARCH_DELAY_MS);
  }

  function clearFilters() {
    window.clearTimeout(searchTimer.current);
    setSearch('');
    setSearchParams(new URLSearchParams(), { replace: true });
  }

  function retryMessage(message: OutboxMessage) {
    setProblem(null);
    retry.mutate(message.id, {
      onSuccess: (queued) => {
        toast.notify(t.retried(queued.recipient));
        setOpened((current) => (current?.id === queued.id ? queued : current));
      },
      onError: (error) => setProblem(retryProblem(error)),
    });
  }

  // The dialog shows the copy in the latest list when there is one: a refresh or a retry moves it on.
  const latest = opened ? (outbox.data?.items.find((m) => m.id === opened.id) ?? opened) : null;
  const filtered = hasActiveFilters(filters);
  const retryingId = retry.isPending ? retry.variables : undefined;

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />

      <form
        role="search"
        aria-label={t.filters}
        className="card filters"
        onSubmit={(event) => {
          event.preventDefault();
          window.clearTimeout(searchTimer.current);
          update({ q: search.trim() });
        }}
      >
        <TextField
          label={t.search}
          type="search"
          placeholder={t.searchPlaceholder}
          value={search}
          onChange={(event) => onSearchChange(event.target.value)}
        />
        <SelectField
          label={t.status}
          value={filters.status ?? ''}
          onChange={(event) => update({ status: OUTBOX_STATUSES.find((s) => s === event.target.value) })}
        >
          <option value="">{t.allStatuses}</option>
          {OUTBOX_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t.statuses[status]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.channel}
          value={filters.channel ?? ''}
          onChange={(event) => update({ channel: OUTBOX_CHANNELS.find((c) => c === event.target.value) })}
        >
          <option value="">{t.allChannels}</option>
          {OUTBOX_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t.channels[channel]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.transport}
          value={filters.transport ?? ''}
          onChange={(event) => update({ transport: TRANSPORTS.find((tr) => tr === event.target.value) })}
        >
          <option value="">{t.allTransports}</option>
          {TRANSPORTS.map((transport) => (
            <option key={transport} value={transport}>
              {t.transports[transport]}
            </option>
          ))}
        </SelectField>
      </form>

      <section className="card card-flush" aria-labelledby="mailbox-list-title">
        <div className="card-header">
          <h2 id="mailbox-list-title" className="card-title">
            {t.listTitle}
          </h2>
          <div className="card-header-actions">
            {outbox.data && (
              <span className="muted" aria-live="polite">
                {t.total(outbox.data.total)}
                {outbox.isPlaceholderData && ` · ${texts.app.loading}`}
              </span>
            )}
            {(filtered || search) && (
              <Button size="sm" variant="ghost" onClick={clearFilters}>
                {t.clearFilters}
              </Button>
            )}
            <Button
              size="sm"
              busy={outbox.isFetching && !outbox.isPending}
              onClick={() => void outbox.refetch()}
            >
              {t.refresh}
            </Button>
          </div>
        </div>
        {problem && !opened && (
          <div className="mail-list-alert">
            <Alert tone="danger">{problem}</Alert>
          </div>
        )}
        {outbox.isPending ? (
          <LoadingState />
        ) : outbox.isError ? (
          <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : outbox.data.total === 0 ? (
          <EmptyState title={filtered ? t.emptyFiltered : t.empty}>
            {filtered ? (
              <Button variant="ghost" onClick={clearFilters}>
                {t.clearFilters}
              </Button>
            ) : (
              <p className="muted">{t.emptyHint}</p>
            )}
          </EmptyState>
        ) : outbox.data.items.length === 0 ? (
          // A bookmarked page past the end.
          <EmptyState title={t.pageEmpty}>
            <Button variant="primary" onClick={() => update({ page: 1 })}>
              {t.firstPage}
            </Button>
          </EmptyState>
        ) : (
          <>
            <OutboxTable
              messages={outbox.data.items}
              busy={outbox.isPlaceholderData}
              retryingId={retryingId}
              onOpen={(message) => {
                setProblem(null);
                setOpened(message);
              }}
              onRetry={retryMessage}
            />
            <Pagination
              page={outbox.data.page}
              pageSize={outbox.data.pageSize}
              pageSizes={PAGE_SIZES}
              total={outbox.data.total}
              onPageChange={(page) => update({ page })}
              onPageSizeChange={(pageSize) => update({ pageSize })}
            />
          </>
        )}
      </section>

      {latest && (
        <MessageDialog
          message={latest}
          retrying={retryingId === latest.id}
          retryError={problem}
          onRetry={() => retryMessage(latest)}
          onClose={() => {
            setOpened(null);
            setProblem(null);
          }}
        />
      )}
    </>
  );
}
