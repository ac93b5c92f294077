import { DOSSIER_ACTIONS, dossierEventLabel, type Dossier } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { EmptyState } from '../../../components/states';
import { Timeline, TimelineItem } from '../../../components/timeline';
import { texts } from '../../../config/i18n';

function actionLabel(action: string): string {
  if (action === 'receive') return texts.dossiers.receivedAction;
  const known = DOSSIER_ACTIONS.find((a) => a === action);
  // What the applicant did online (submission, supplement, stop request) is labelled by the shared contract.
  return known ? texts.dossiers.actions[known] : dossierEventLabel(action);
}

const RESULT_TONE = { early: 'success', on_time: 'success', late: 'danger' } as const;

/**
 * The processing log, oldest first: who did what and when, at which step, whether that step finished on
 * time, the state it led to and the comment — the content of the process-control sheet (Mẫu 06).
 */
export function EventLog({ events }: { events: Dossier['events'] }) {
  const d = texts.dossiers.detail;
  if (events.length === 0) return <EmptyState title={d.logEmpty} />;
  return (
    <Timeline label={d.logCaption}>
      {events.map((e) => (
        <TimelineItem
          key={e.id}
          title={actionLabel(e.action)}
          at={e.at}
          comment={e.comment}
          commentLabel={d.logComment}
        >
          <p className="timeline-meta">
            {e.actorName ?? texts.common.none}
            {e.unitName && ` · ${e.unitName}`}
          </p>
          <p className="timeline-meta">
            {e.stepName && (
              <span>
                {d.logStep}: {e.stepName}
              </span>
            )}
            {e.stepResult && (
              <Badge tone={RESULT_TONE[e.stepResult]}>{texts.dossiers.onTime[e.stepResult]}</Badge>
            )}
            <span>
              {e.fromState
                ? d.logTransition(texts.dossiers.states[e.fromState], texts.dossiers.states[e.toState])
                : texts.dossiers.states[e.toState]}
            </span>
          </p>
        </TimelineItem>
      ))}
    </Timeline>
  );
}
