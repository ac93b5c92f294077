import { useState } from 'react';
import { Badge } from '../../../components/badge';
import { SelectField } from '../../../components/field';
import { ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { useWorkflowPreview } from '../api/get-workflow-preview';
import { shareOfLimit, totalHours } from '../lib/step-hours';
import type { WorkflowUnitOption } from '../lib/workflow-state';

const t = texts.workflows.preview;

/**
 * How long each step gets for a dossier received today at a chosen unit, as the API resolves it (the
 * workflow in force of that unit or its nearest ancestor, else the default), with each step's share of the limit.
 */
export function WorkflowPreview({
  procedureCode,
  units,
  defaultUnitId,
  showDraftNote,
}: {
  procedureCode: string | undefined;
  units: WorkflowUnitOption[];
  defaultUnitId: string | undefined;
  showDraftNote: boolean;
}) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const unitId = chosen ?? defaultUnitId ?? '';
  const preview = useWorkflowPreview(procedureCode && unitId ? { procedureCode, unitId } : null);

  return (
    <section className="card wf-section" aria-labelledby="wf-preview-title">
      <h2 id="wf-preview-title" className="card-title">
        {t.title}
      </h2>
      <p className="card-intro">{t.intro}</p>
      <div className="wf-preview-controls">
        <SelectField
          label={t.unit}
          value={unitId}
          disabled={!procedureCode}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="" disabled>
            {t.unitPlaceholder}
          </option>
          {units
            .filter((u) => u.inForce)
            .map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.label}
              </option>
            ))}
        </SelectField>
        {preview.data && (
          <Badge tone={preview.data.source === 'workflow' ? 'success' : 'neutral'}>
            {preview.data.source === 'workflow' ? t.sourceWorkflow : t.sourceDefault}
          </Badge>
        )}
      </div>
      {showDraftNote && <p className="muted wf-preview-note">{t.draftNote}</p>}
      {!procedureCode ? (
        <p className="muted">{t.needProcedure}</p>
      ) : !unitId ? (
        <p className="muted">{t.needUnit}</p>
      ) : preview.isPending ? (
        <LoadingState />
      ) : preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <div className="table-wrap" role="region" aria-label={t.caption} tabIndex={0}>
          <table className="table wf-preview-table" aria-busy={preview.isFetching || undefined}>
            <caption className="sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.step}</th>
                <th scope="col">{t.unitColumn}</th>
                <th scope="col" className="wf-num">
                  {t.hoursColumn}
                </th>
                <th scope="col" className="wf-share-col">
                  {t.shareColumn}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.data.steps.map((step, index) => {
                const share = shareOfLimit(step.allottedHours, preview.data.legalLimitHours);
                return (
                  <tr key={index}>
                    <th scope="row">
                      <span className="cell-primary">
                        {index + 1}. {step.name}
                      </span>
                      {step.name !== texts.workflows.phases[step.phase] && (
                        <span className="cell-secondary">{texts.workflows.phases[step.phase]}</span>
                      )}
                    </th>
                    <td>{step.unitName}</td>
                    <td className="wf-num">{texts.workflows.hoursUnit(step.allottedHours)}</td>
                    <td>
                      <span className="wf-share">
                        <span className="wf-share-bar" aria-hidden="true">
                          <span style={{ width: `${Math.min(100, share)}%` }} />
                        </span>
                        {share}%
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t.totalRow}
                </th>
                <td className="wf-num">
                  {texts.workflows.editor.budget(
                    totalHours(preview.data.steps.map((s) => s.allottedHours)),
                    Math.max(preview.data.legalLimitHours, 8),
                  )}
                </td>
                <td>{shareOfLimit(preview.data.totalHours, preview.data.legalLimitHours)}%</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
