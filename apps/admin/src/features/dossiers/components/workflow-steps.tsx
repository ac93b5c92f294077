import type { Dossier } from '@motcua/shared';
import { CheckIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDateTime } from '../../../lib/format';
import { stepStatuses, type StepStatus } from '../lib/steps';
import { DueBadge } from './due-badge';

function statusText(status: StepStatus): string {
  const d = texts.dossiers.detail;
  return {
    done: d.stepDone,
    current: d.stepCurrent,
    paused: d.stepPaused,
    upcoming: d.stepUpcoming,
    halted: d.stepHalted,
    skipped: d.stepSkipped,
  }[status];
}

/** The internal workflow as a vertical stepper: each step's unit and allotted time, the current one marked. */
export function WorkflowSteps({ dossier, now }: { dossier: Dossier; now: Date }) {
  const statuses = stepStatuses(dossier.steps.length, dossier.currentStep, dossier.state);
  return (
    <ol className="steps" aria-label={texts.dossiers.detail.stepsCaption}>
      {dossier.steps.map((step, index) => {
        const status = statuses[index] ?? 'upcoming';
        const active = status === 'current' || status === 'paused';
        return (
          <li
            key={`${index}-${step.name}`}
            className={cx('step', `is-${status}`)}
            aria-current={active ? 'step' : undefined}
          >
            <span className="step-marker" aria-hidden="true">
              {status === 'done' ? <CheckIcon width={16} height={16} /> : index + 1}
            </span>
            <div className="step-body">
              <p className="step-name">
                {step.name}
                <span className="step-status">{statusText(status)}</span>
              </p>
              <p className="step-meta">
                {step.unitName} · {texts.dossiers.detail.stepHours(step.allottedHours)}
                {/* A unit's own workflow may name a step differently from its phase: show both then. */}
                {texts.dossiers.phases[step.phase] !== step.name && ` · ${texts.dossiers.phases[step.phase]}`}
              </p>
              {active && dossier.stepDueAt && (
                <p className="step-due">
                  {texts.dossiers.detail.stepDue(formatDateTime(dossier.stepDueAt))}{' '}
                  <DueBadge
                    dossier={{ state: dossier.state, dueAt: dossier.stepDueAt, result: null }}
                    now={now}
                  />
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
