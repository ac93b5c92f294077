import { PHASE_ROLE, type Workflow } from '@motcua/shared';
import { roleLabel, texts } from '../../../config/i18n';
import { shareOfLimit } from '../lib/step-hours';
import type { WorkflowUnitOption } from '../lib/workflow-state';
import { TimeBudget } from './time-budget';

const t = texts.workflows;

/** A published workflow's steps, read-only: published steps can only change through a new version. */
export function StepsTable({
  workflow,
  units,
  limit,
}: {
  workflow: Workflow;
  units: WorkflowUnitOption[];
  limit: number | undefined;
}) {
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name;
  const processing = unitName(workflow.processingUnitId) ?? t.editor.receivingUnit;
  return (
    <section className="card wf-section" aria-labelledby="wf-steps-title">
      <h2 id="wf-steps-title" className="card-title">
        {t.editor.stepsTitle}
      </h2>
      <div className="wf-budget-static">
        <TimeBudget hours={workflow.steps.map((s) => s.allottedHours)} limit={limit} />
      </div>
      <div className="table-wrap" role="region" aria-label={t.preview.stepsCaption} tabIndex={0}>
        <table className="table">
          <caption className="sr-only">{t.preview.stepsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.preview.step}</th>
              <th scope="col">{t.editor.phase}</th>
              <th scope="col">{t.preview.unitColumn}</th>
              <th scope="col" className="wf-num">
                {t.preview.hoursColumn}
              </th>
              <th scope="col" className="wf-share-col">
                {t.preview.shareColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {workflow.steps.map((step, index) => (
              <tr key={index}>
                <th scope="row">
                  <span className="cell-primary">
                    {index + 1}. {step.name}
                  </span>
                </th>
                <td>
                  <span className="cell-primary">{t.phases[step.phase]}</span>
                  <span className="cell-secondary">{t.editor.actor(roleLabel(PHASE_ROLE[step.phase]))}</span>
                </td>
                <td>
                  {unitName(step.unitId) ??
                    t.preview.defaultUnit(
                      step.phase === 'intake' || step.phase === 'return'
                        ? t.editor.receivingUnit
                        : processing,
                    )}
                </td>
                <td className="wf-num">{t.hoursUnit(step.allottedHours)}</td>
                <td>{limit === undefined ? '' : `${shareOfLimit(step.allottedHours, limit)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
