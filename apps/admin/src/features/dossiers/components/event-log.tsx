import { DOSSIER_ACTIONS, dossierEventLabel, type Dossier } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { EmptyState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { formatDateTime } from '../../../lib/format';

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
    <ol className="timeline" aria-label={d.logCaption}>
      {events.map((e) => (
        <li key={e.id} className="timeline-item">
          <div className="timeline-head">
            <span className="timeline-action">{actionLabel(e.action)}</span>
            <time className="timeline-at" dateTime={e.at}>
              {formatDateTime(e.at)}
            </time>
          </div>
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
          {e.comment && (
            <p className="timeline-comment">
              <span className="sr-only">{d.logComment}: </span>
              {e.comment}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
