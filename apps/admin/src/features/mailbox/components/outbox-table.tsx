import type { OutboxMessage, OutboxStatus } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { DataTable, type Column } from '../../../components/data-table';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';
import { messageTitle, preview } from '../lib/message-text';

export const STATUS_TONES: Record<OutboxStatus, 'warning' | 'success' | 'danger'> = {
  pending: 'warning',
  sent: 'success',
  failed: 'danger',
};

/** Date and time may wrap onto two lines when the table is tight, but never inside either. */
function DateTime({ iso }: { iso: string }) {
  const [date, time] = formatDateTime(iso).split(' ');
  return (
    <time className="mail-date" dateTime={iso}>
      <span>{date}</span> <span>{time}</span>
    </time>
  );
}

/** The outbox, newest first (the server's order); the subject opens the message. */
export function OutboxTable({
  messages,
  busy,
  retryingId,
  onOpen,
  onRetry,
}: {
  messages: OutboxMessage[];
  busy: boolean;
  retryingId: string | undefined;
  onOpen: (message: OutboxMessage) => void;
  onRetry: (message: OutboxMessage) => void;
}) {
  const t = texts.mailbox;
  const columns: Column<OutboxMessage>[] = [
    {
      key: 'createdAt',
      header: t.createdAt,
      sort: 'descending',
      className: 'mail-col-date',
      cell: (m) => <DateTime iso={m.createdAt} />,
    },
    {
      key: 'message',
      header: t.message,
      rowHeader: true,
      className: 'mail-col-message',
      cell: (m) => {
        const title = messageTitle(m, t.noSubject);
        return (
          <>
            <button type="button" className="cell-open" onClick={() => onOpen(m)}>
              {title}
            </button>
            {m.subject.trim() && <span className="cell-secondary mail-preview">{preview(m.text)}</span>}
          </>
        );
      },
    },
    {
      key: 'recipient',
      header: t.recipient,
      className: 'mail-col-recipient',
      cell: (m) => (
        <>
          <span className="cell-primary mono">{m.recipient}</span>
          <span className="cell-secondary">{t.channels[m.channel]}</span>
        </>
      ),
    },
    {
      key: 'status',
      header: t.status,
      className: 'mail-col-status',
      cell: (m) => (
        <>
          <Badge tone={STATUS_TONES[m.status]}>{t.statuses[m.status]}</Badge>
          <span className="cell-secondary">
            {m.transport ? t.transports[m.transport] : t.notSentYet}
            {m.attempts > 1 && ` · ${t.attempts(m.attempts)}`}
          </span>
        </>
      ),
    },
    {
      key: 'actions',
      header: t.actions,
      className: 'col-actions',
      cell: (m) => {
        const title = messageTitle(m, t.noSubject);
        return (
          <span className="row-actions">
            <Button size="sm" onClick={() => onOpen(m)} aria-label={t.readOf(title)}>
              {t.read}
            </Button>
            {m.status === 'failed' && (
              <Button
                size="sm"
                variant="primary"
                busy={retryingId === m.id}
                disabled={retryingId !== undefined}
                onClick={() => onRetry(m)}
                aria-label={t.retryOf(title)}
              >
                {t.retry}
              </Button>
            )}
          </span>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={t.tableCaption}
      columns={columns}
      rows={messages}
      rowKey={(m) => m.id}
      rowClassName={(m) => (m.status === 'failed' ? 'mail-row-failed' : undefined)}
      busy={busy}
    />
  );
}
