import type { OutboxMessage } from '@motcua/shared';
import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDateTime } from '../../../lib/format';
import { linkify, messageTitle } from '../lib/message-text';
import { STATUS_TONES } from './outbox-table';

/** The text as sent: its line breaks kept, its web addresses clickable (in a new tab, away from the admin). */
function MessageBody({ text, sms }: { text: string; sms: boolean }) {
  const r = texts.mailbox.reader;
  if (!text.trim()) return <p className="muted">{r.emptyBody}</p>;
  return (
    <div className={cx('mail-body', sms && 'mail-body-sms')}>
      {linkify(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
            <span className="sr-only"> {r.opensInNewTab}</span>
          </a>
        ) : (
          part.text
        ),
      )}
    </div>
  );
}

/**
 * One message as its recipient got it (or would have): the headers, the text, and what happened to it. A
 * failed message can be queued again from here.
 */
export function MessageDialog({
  message,
  retrying,
  retryError,
  onRetry,
  onClose,
}: {
  /** The latest copy: after a retry or a refresh the dialog follows it. */
  message: OutboxMessage;
  retrying: boolean;
  retryError: string | null;
  onRetry: () => void;
  onClose: () => void;
}) {
  const t = texts.mailbox;
  const r = t.reader;
  const title = messageTitle(message, t.noSubject);
  const closeButton = useRef<HTMLButtonElement>(null);
  const failed = message.status === 'failed';
  // "Gửi lại" goes away once the message is queued again: focus must not fall out of the dialog with it.
  useEffect(() => {
    const dialog = closeButton.current?.closest('dialog');
    if (!failed && !retrying && dialog && !dialog.contains(document.activeElement)) {
      closeButton.current?.focus();
    }
  }, [failed, retrying]);
  return (
    <Dialog title={title} onClose={onClose} busy={retrying} size="lg">
      <DialogBody>
        <div className="mail-reader">
          <dl className="fact-box mail-headers">
            <div>
              <dt>{r.to}</dt>
              <dd>
                <span className="mono">{message.recipient}</span>{' '}
                <Badge tone="neutral">{t.channels[message.channel]}</Badge>
              </dd>
            </div>
            <div>
              <dt>{r.status}</dt>
              <dd>
                <Badge tone={STATUS_TONES[message.status]}>{t.statuses[message.status]}</Badge>
              </dd>
            </div>
            <div>
              <dt>{r.transport}</dt>
              <dd>{message.transport ? t.transports[message.transport] : t.notSentYet}</dd>
            </div>
            <div>
              <dt>{r.createdAt}</dt>
              <dd>{formatDateTime(message.createdAt)}</dd>
            </div>
            <div>
              <dt>{r.sentAt}</dt>
              <dd>{message.sentAt ? formatDateTime(message.sentAt) : t.notSentYet}</dd>
            </div>
            <div>
              <dt>{r.template}</dt>
              <dd className="mono">{message.template}</dd>
            </div>
            <div>
              <dt>{r.attempts}</dt>
              <dd>{message.attempts}</dd>
            </div>
          </dl>
          {failed && (
            <Alert tone="warning" title={r.failedNote}>
              {message.lastError && (
                <p>
                  {r.lastError}: <span className="mono">{message.lastError}</span>
                </p>
              )}
            </Alert>
          )}
          {message.status === 'pending' && <Alert tone="info">{r.pendingNote}</Alert>}
          {message.status === 'sent' && message.transport === 'mailbox' && (
            <Alert tone="info">{r.mailboxNote}</Alert>
          )}
          {retryError && <Alert tone="danger">{retryError}</Alert>}
          <section className="mail-body-section" aria-label={r.body}>
            <MessageBody text={message.text} sms={message.channel === 'sms'} />
          </section>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button ref={closeButton} onClick={onClose} disabled={retrying} data-autofocus={!failed || undefined}>
          {texts.common.close}
        </Button>
        {failed && (
          <Button variant="primary" busy={retrying} onClick={onRetry} data-autofocus>
            {retrying ? t.retrying : t.retry}
          </Button>
        )}
      </DialogFooter>
    </Dialog>
  );
}
