import type { DossierSummary } from '@motcua/shared';
import { useId, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { useBulkAssign } from '../api/bulk-assign';
import { useAssignees } from '../api/get-assignees';

export type BulkOutcome = { assigned: string[]; failed: { code: string; detail: string }[] };

/** What a bulk assignment did: the codes assigned, and each dossier that was not, with the server's reason. */
export function BulkOutcomeAlerts({ outcome }: { outcome: BulkOutcome }) {
  const t = texts.dossiers.bulk;
  return (
    <div className="bulk-outcome">
      {outcome.assigned.length > 0 && (
        <Alert tone="success" title={t.assigned(outcome.assigned.length)}>
          <ul className="code-list">
            {outcome.assigned.map((code) => (
              <li key={code} className="mono">
                {code}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {outcome.failed.length > 0 && (
        <Alert tone="warning" title={t.failed(outcome.failed.length)}>
          <ul className="code-list">
            {outcome.failed.map((f) => (
              <li key={f.code}>{t.failedRow(f.code, f.detail)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}

/**
 * Assigns the ticked dossiers of the "Chờ phân công" queue to one officer. The server takes each dossier on
 * its own (its version, its state), so the outcome lists what was assigned and what was not, and why.
 */
export function BulkAssignBar({
  selected,
  onAssigned,
}: {
  selected: DossierSummary[];
  /** The outcome outlives the bar: the queue may be empty once everything is assigned. */
  onAssigned: (outcome: BulkOutcome) => void;
}) {
  const t = texts.dossiers.bulk;
  const headingId = useId();
  const [assigneeId, setAssigneeId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const assignees = useAssignees();
  const mutation = useBulkAssign();

  function submit() {
    if (selected.length === 0) return setProblem(t.nothingSelected);
    if (!assigneeId) return setProblem(t.assigneeRequired);
    setProblem(null);
    // The failures name dossiers by id; the codes are what the officer recognises.
    const codes = new Map(selected.map((row) => [row.id, row.code]));
    mutation.mutate(
      { assigneeId, dossiers: selected.map((row) => ({ id: row.id, version: row.version })) },
      {
        onSuccess: (result) =>
          onAssigned({
            assigned: result.assigned,
            failed: result.failed.map((f) => ({ code: codes.get(f.id) ?? f.id, detail: f.detail })),
          }),
        onError: (error) => {
          const { title, detail } = describeError(error);
          setProblem(detail ?? title);
        },
      },
    );
  }

  return (
    <section className="bulk-bar" aria-labelledby={headingId}>
      <div className="bulk-bar-row">
        <div className="bulk-bar-text">
          <h3 id={headingId} className="bulk-bar-title">
            {t.label}
          </h3>
          <p className="muted" aria-live="polite">
            {selected.length > 0 ? t.selected(selected.length) : t.hint}
          </p>
        </div>
        <SelectField
          label={t.assignee}
          className="bulk-bar-select"
          value={assigneeId}
          onChange={(event) => setAssigneeId(event.target.value)}
          disabled={!assignees.data}
          error={assignees.isError ? t.assigneesUnavailable : undefined}
        >
          <option value="">{assignees.isPending ? texts.app.loading : t.assigneePlaceholder}</option>
          {assignees.data?.map((a) => (
            <option key={a.id} value={a.id}>
              {texts.dossiers.assigneeOption(a.fullName, a.username, a.openDossiers)}
            </option>
          ))}
        </SelectField>
        <Button variant="primary" onClick={submit} busy={mutation.isPending} className="bulk-bar-submit">
          {mutation.isPending ? t.submitting : t.submit}
        </Button>
      </div>
      {problem && <Alert tone="danger">{problem}</Alert>}
    </section>
  );
}
