import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { BellIcon } from '../../../components/icons';
import { Spinner } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDateTime } from '../../../lib/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkRead } from '../api/mark-read';
import {
  badgeCount,
  noticeTone,
  orderNotices,
  routeOf,
  type Notice,
  type NoticeTone,
} from '../lib/notifications';
import '../notifications.css';

const BADGE_TONES: Record<NoticeTone, 'danger' | 'warning' | 'primary'> = {
  danger: 'danger',
  warning: 'warning',
  info: 'primary',
};

function NoticeItem({
  notice,
  busy,
  onOpen,
  onMarkRead,
}: {
  notice: Notice;
  busy: boolean;
  onOpen: () => void;
  onMarkRead: () => void;
}) {
  const t = texts.notifications;
  const tone = noticeTone(notice.kind);
  const route = routeOf(notice.link);
  return (
    <li className={cx('notice', `notice-${tone}`, !notice.read && 'is-unread')}>
      <p className="notice-meta">
        <Badge tone={BADGE_TONES[tone]}>{t.kinds[notice.kind]}</Badge>
        {!notice.read && (
          <span className="notice-dot">
            <span className="sr-only">{t.unread}</span>
          </span>
        )}
        <time className="notice-time" dateTime={notice.createdAt}>
          {formatDateTime(notice.createdAt)}
        </time>
      </p>
      {route ? (
        <Link to={route} className="notice-title" onClick={onOpen}>
          {notice.title}
        </Link>
      ) : (
        <p className="notice-title">{notice.title}</p>
      )}
      {notice.body && <p className="notice-body">{notice.body}</p>}
      {!notice.read && (
        <Button
          size="sm"
          variant="ghost"
          className="notice-mark"
          disabled={busy}
          aria-label={t.markReadOf(notice.title)}
          onClick={onMarkRead}
        >
          {t.markRead}
        </Button>
      )}
    </li>
  );
}

/**
 * The header's bell: the unread count on the button, and a non-modal dialog listing the officer's notices
 * (due dates, citizens' requests on dossiers, questions to the unit). Focus moves into the panel when it opens and back to the bell on Escape; a click elsewhere closes it.
 */
export function NotificationsBell() {
  const t = texts.notifications;
  const query = useNotifications();
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const titleId = useId();
  const unread = query.data?.unread ?? 0;

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  useEffect(() => {
    if (!open) return;
    // The panel itself takes focus so a screen reader announces its name and the unread line first.
    panelRef.current?.focus();
    function onPointerDown(event: PointerEvent) {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  }

  const notices = query.data ? orderNotices(query.data.items) : [];
  const pendingId = markRead.isPending ? markRead.variables : undefined;

  return (
    <div
      ref={wrapperRef}
      className="bell"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the panel closes it; a window losing focus (no related target) leaves it open.
        const next = event.relatedTarget;
        if (open && next instanceof Node && !wrapperRef.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="bell-button"
        aria-label={t.button(unread)}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => {
          if (open) return close(false);
          // The list may be up to a minute old: opening it is a good moment to look again.
          void query.refetch();
          setOpen(true);
        }}
      >
        <BellIcon width={22} height={22} />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {badgeCount(unread)}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-labelledby={titleId}
          className="bell-panel"
          tabIndex={-1}
        >
          <div className="bell-panel-header">
            <div>
              <h2 id={titleId} className="bell-panel-title">
                {t.title}
              </h2>
              {notices.length > 0 && <p className="bell-panel-unread">{t.unreadLine(unread)}</p>}
            </div>
            {unread > 0 && (
              <Button
                size="sm"
                variant="ghost"
                busy={pendingId === 'all'}
                disabled={markRead.isPending}
                onClick={() => {
                  panelRef.current?.focus();
                  markRead.mutate('all');
                }}
              >
                {t.markAllRead}
              </Button>
            )}
          </div>
          {markRead.isError && (
            <Alert tone="danger" className="bell-panel-alert">
              {t.markFailed}
            </Alert>
          )}
          {query.isPending ? (
            <p className="bell-panel-state" role="status">
              <Spinner size="sm" /> {texts.app.loading}
            </p>
          ) : query.isError ? (
            <Alert tone="danger" className="bell-panel-alert">
              <p>{t.loadFailed}</p>
              <Button size="sm" className="alert-actions" onClick={() => void query.refetch()}>
                {texts.common.retry}
              </Button>
            </Alert>
          ) : notices.length === 0 ? (
            <div className="bell-panel-state">
              <p className="bell-empty-title">{t.empty}</p>
              <p className="muted">{t.emptyHint}</p>
            </div>
          ) : (
            <ul className="notice-list" aria-labelledby={titleId}>
              {notices.map((notice) => (
                <NoticeItem
                  key={notice.id}
                  notice={notice}
                  busy={markRead.isPending}
                  onOpen={() => {
                    // Following a notice is reading it.
                    if (!notice.read) markRead.mutate(notice.id);
                    setOpen(false);
                  }}
                  onMarkRead={() => {
                    // The button goes away once the notice is read: keep focus inside the panel.
                    panelRef.current?.focus();
                    markRead.mutate(notice.id);
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
