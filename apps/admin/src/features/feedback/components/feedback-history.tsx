import type { FeedbackEventEntry } from '@motcua/shared';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';

/**
 * The whole history, oldest first: the citizen's steps and every officer's action, who took it for which unit,
 * the status it led to and what they wrote.
 */
export function FeedbackHistory({ events }: { events: FeedbackEventEntry[] }) {
  const t = texts.feedback;
  const d = t.detail;
  if (events.length === 0) return <EmptyState title={d.historyEmpty} />;
  return (
    <ol className="fb-timeline" aria-label={d.historyTitle}>
      {events.map((e) => (
        <li key={e.id} className="fb-timeline-item">
          <div className="fb-timeline-head">
            <span className="fb-timeline-event">{t.events[e.event]}</span>
            <time className="fb-timeline-at" dateTime={e.at}>
              {formatDateTime(e.at)}
            </time>
          </div>
          <p className="fb-timeline-meta">
            <span>
              {e.actorName ?? d.citizen}
              {e.unitName && ` · ${e.unitName}`}
            </span>
            {e.toStatus && (
              <span>
                {e.fromStatus && e.fromStatus !== e.toStatus
                  ? d.transition(t.statuses[e.fromStatus], t.statuses[e.toStatus])
                  : t.statuses[e.toStatus]}
              </span>
            )}
          </p>
          {e.comment && (
            <p className="fb-timeline-comment">
              <span className="sr-only">{d.comment}: </span>
              {e.comment}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
