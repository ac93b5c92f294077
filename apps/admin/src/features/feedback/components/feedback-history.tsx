import type { FeedbackEventEntry } from '@motcua/shared';
import { EmptyState } from '../../../components/states';
import { Timeline, TimelineItem } from '../../../components/timeline';
import { texts } from '../../../config/i18n';

/**
 * The whole history, oldest first: the citizen's steps and every officer's action, who took it for which unit,
 * the status it led to and what they wrote.
 */
export function FeedbackHistory({ events }: { events: FeedbackEventEntry[] }) {
  const t = texts.feedback;
  const d = t.detail;
  if (events.length === 0) return <EmptyState title={d.historyEmpty} />;
  return (
    <Timeline label={d.historyTitle} className="fb-history">
      {events.map((e) => (
        <TimelineItem
          key={e.id}
          title={t.events[e.event]}
          at={e.at}
          comment={e.comment}
          commentLabel={d.comment}
        >
          <p className="timeline-meta">
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
        </TimelineItem>
      ))}
    </Timeline>
  );
}
