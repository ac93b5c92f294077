import { hasPermission, type ReportForm } from '@motcua/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Checkbox } from '../../../components/field';
import { ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReportForm } from '../api/get-report-form';
import { useReportHistory } from '../api/get-report-history';
import type { FormRef } from '../api/keys';
import { differences as findDifferences, errorsByCell, type Difference } from '../lib/entry';
import { gridSections, hasChildren } from '../lib/grid';
import { reopenedSinceAccepted } from '../lib/history';
import { EntryPanel } from './entry-panel';
import { DifferencesSummary, MissingChildren } from './form-summaries';
import { ReportGrid, type CellMap } from './report-grid';
import { ReportHeader } from './report-header';
import { ReportHistory } from './report-history';
import { ReviewActions, reviewSteps } from './review-actions';
import '../reports.css';

function byCell(items: readonly Difference[]): CellMap<Difference> {
  const map: CellMap<Difference> = new Map();
  for (const item of items) {
    const row = map.get(item.row) ?? new Map<string, Difference>();
    row.set(item.column, item);
    map.set(item.row, row);
  }
  return map;
}

/** The figures as they stand, for everyone but the entry account at work: the leader, the superior, the issuer. */
function ReadOnlyGrid({ form }: { form: ReportForm }) {
  const g = texts.reports.grid;
  const [allRows, setAllRows] = useState(false);
  const definition = form.template.definition;
  const sections = gridSections(form, { allRows });
  const hasMetrics = definition.columns.some((c) => c.metric);
  const diffs = findDifferences(
    definition,
    form.values,
    form.system,
    sections.own.map((r) => r.key),
  );
  const typed = diffs.filter((d) => definition.columns.find((c) => c.key === d.column)?.sumOf === null);
  return (
    <section className="card rp-grid-card" aria-labelledby="rp-grid-title">
      <div className="card-header rp-grid-header">
        <h2 id="rp-grid-title" className="card-title">
          {texts.reports.form.gridTitle}
        </h2>
        <Checkbox
          label={g.allRows}
          checked={allRows}
          onChange={(event) => setAllRows(event.target.checked)}
        />
      </div>
      {hasMetrics && <DifferencesSummary form={form} rows={sections.own} differences={typed} />}
      {hasMetrics && (
        <p className="rp-legend">
          <span>{g.legendSystem}</span>
        </p>
      )}
      <ReportGrid
        form={form}
        sections={sections}
        own={form.values}
        totals={form.totals}
        errors={errorsByCell(form.errors)}
        differences={byCell(diffs)}
      />
    </section>
  );
}

/**
 * One unit's form in a period, in the official layout. The entry account types while the form is its own; the
 * unit's leader approves it or sends it back; the superior accepts or returns it; the issuer may reopen it. A unit
 * with units under it sees their accepted sums and who is still missing. The history and the downloads are for all.
 */
export function FormPage({ formRef }: { formRef: FormRef }) {
  const t = texts.reports;
  const f = t.form;
  const user = useCurrentUser();
  const query = useReportForm(formRef);
  const history = useReportHistory(formRef);
  useDocumentTitle(query.data ? `${query.data.template.code} — ${query.data.unit.name}` : t.title);

  const backTo = `/reports/${formRef.periodId}`;
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const gone = isApiError(query.error) && [400, 403, 404].includes(query.error.status);
    return (
      <>
        <Link to={backTo} className="rp-back">
          <span aria-hidden="true">←</span> {t.period.back}
        </Link>
        <section className="card">
          <ErrorState error={query.error} onRetry={gone ? undefined : () => void query.refetch()} />
        </section>
      </>
    );
  }

  const form = query.data;
  const period = form.period;
  const isIssuer = user.unit.id === period.issuerUnit.id && hasPermission(user.roles, 'reports.approve');
  // The form's own flags do not look at the period: nothing moves in a draft period, nor in a closed one unless the
  // issuer reopened this form.
  const periodOpen =
    period.status === 'issued' || (period.status === 'closed' && reopenedSinceAccepted(history.data ?? []));
  const entering = form.editable && periodOpen;
  const steps = reviewSteps(
    periodOpen ? form.actions : [],
    isIssuer && (form.status === 'submitted' || form.status === 'accepted'),
  );
  const reload = () => query.refetch();

  const returned = form.returnReason && form.status === 'returned' && (
    <Alert tone="warning" title={f.returnReason} className="rp-return-reason">
      <p className="rp-text">{form.returnReason}</p>
    </Alert>
  );

  return (
    <>
      <Link to={backTo} className="rp-back">
        <span aria-hidden="true">←</span> {f.back(period.name)}
      </Link>
      <ReportHeader form={form} formRef={formRef} />
      {period.status === 'draft' && (
        <Alert tone="info" className="rp-period-note">
          {f.periodDraft}
        </Alert>
      )}
      {period.status === 'closed' && !periodOpen && (
        <Alert tone="info" className="rp-period-note">
          {f.periodClosed}
        </Alert>
      )}

      {period.status === 'closed' && form.editable && history.isPending ? (
        // Whether a closed period's form was reopened is known from its history: wait for it.
        <LoadingState />
      ) : entering ? (
        <EntryPanel
          key={`${formRef.unitId}:${formRef.templateId}`}
          form={form}
          formRef={formRef}
          onReload={reload}
        >
          {returned}
        </EntryPanel>
      ) : (
        <>
          {returned}
          <section className="card rp-actions" aria-labelledby="rp-actions-title">
            <h2 id="rp-actions-title" className="sr-only">
              {f.actionsLabel}
            </h2>
            {steps.length > 0 ? (
              <ReviewActions
                form={form}
                formRef={formRef}
                steps={steps}
                isTop={form.unit.id === period.issuerUnit.id}
                onReload={reload}
              />
            ) : (
              <p className="muted">{f.waiting[form.status]}</p>
            )}
          </section>
          <ReadOnlyGrid form={form} />
        </>
      )}

      <div className="rp-form-columns">
        {hasChildren(form) && (
          <section className="card" aria-labelledby="rp-missing-title">
            <h2 id="rp-missing-title" className="card-title">
              {f.missingTitle}
            </h2>
            <MissingChildren form={form} />
          </section>
        )}
        <section className="card" aria-labelledby="rp-history-title">
          <h2 id="rp-history-title" className="card-title">
            {f.historyTitle}
          </h2>
          <ReportHistory form={form} query={history} />
        </section>
      </div>
    </>
  );
}
