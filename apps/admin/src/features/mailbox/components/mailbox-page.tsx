import { OUTBOX_CHANNELS, OUTBOX_STATUSES, TRANSPORTS, type OutboxMessage } from '@motcua/shared';
import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { FilterSelect, ListFilters } from '../../../components/list-filters';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { PagedListBody } from '../../../components/paged-list';
import { EmptyState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { useSearchBox, useUrlFilters } from '../../../lib/use-url-filters';
import { useOutbox } from '../api/get-outbox';
import { useRetryOutboxMessage } from '../api/retry-outbox-message';
import { outboxFilters } from '../lib/outbox-filters';
import { MessageDialog } from './message-dialog';
import { OutboxTable } from './outbox-table';
import '../mailbox.css';

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
  const { filters, filtered, update, clear } = useUrlFilters(outboxFilters);
  const search = useSearchBox(filters.q, (q) => update({ q }));
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

  function clearFilters() {
    search.reset();
    clear();
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
  const retryingId = retry.isPending ? retry.variables : undefined;

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />

      <ListFilters
        label={t.filters}
        search={search}
        searchLabel={t.search}
        searchPlaceholder={t.searchPlaceholder}
      >
        <FilterSelect
          label={t.status}
          allLabel={t.allStatuses}
          options={OUTBOX_STATUSES}
          optionLabel={(status) => t.statuses[status]}
          value={filters.status}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label={t.channel}
          allLabel={t.allChannels}
          options={OUTBOX_CHANNELS}
          optionLabel={(channel) => t.channels[channel]}
          value={filters.channel}
          onChange={(channel) => update({ channel })}
        />
        <FilterSelect
          label={t.transport}
          allLabel={t.allTransports}
          options={TRANSPORTS}
          optionLabel={(transport) => t.transports[transport]}
          value={filters.transport}
          onChange={(transport) => update({ transport })}
        />
      </ListFilters>

      <section className="card card-flush" aria-labelledby="mailbox-list-title">
        <ListToolbar
          titleId="mailbox-list-title"
          title={t.listTitle}
          count={outbox.data && t.total(outbox.data.total)}
          loading={outbox.isPlaceholderData}
        >
          {(filtered || search.value) && (
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
        </ListToolbar>
        {problem && !opened && (
          <div className="mail-list-alert">
            <Alert tone="danger">{problem}</Alert>
          </div>
        )}
        <PagedListBody
          query={outbox}
          pageEmpty={t.pageEmpty}
          onPagingChange={update}
          empty={
            <EmptyState title={filtered ? t.emptyFiltered : t.empty}>
              {filtered ? (
                <Button variant="ghost" onClick={clearFilters}>
                  {t.clearFilters}
                </Button>
              ) : (
                <p className="muted">{t.emptyHint}</p>
              )}
            </EmptyState>
          }
        >
          {(messages) => (
            <OutboxTable
              messages={messages}
              busy={outbox.isPlaceholderData}
              retryingId={retryingId}
              onOpen={(message) => {
                setProblem(null);
                setOpened(message);
              }}
              onRetry={retryMessage}
            />
          )}
        </PagedListBody>
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
