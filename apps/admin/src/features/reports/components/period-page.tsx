import type { Period } from '@motcua/shared';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePeriod } from '../api/get-period';
import { useReportForms } from '../api/get-report-form';
import { PeriodActions } from './period-actions';
import { ProgressBoard } from './progress-board';
import { PeriodStatusBadge, ReportStatusBadge } from './status-badges';
import '../reports.css';

function PeriodHeader({ period }: { period: Period }) {
  const p = texts.reports.period;
  return (
    <section className="card rp-period-header" aria-labelledby="rp-period-title">
      <div className="rp-period-heading">
        <div>
          <h1 id="rp-period-title" className="page-title">
            {period.name}
          </h1>
          <p className="badge-list">
            <PeriodStatusBadge status={period.status} />
          </p>
        </div>
        <div className="page-actions">
          <PeriodActions period={period} />
        </div>
      </div>
      <dl className="details details-inline rp-period-facts">
        <div>
          <dt>{p.issuer}</dt>
          <dd>{period.issuerUnit.name}</dd>
        </div>
        <div>
          <dt>{p.window}</dt>
          <dd>{p.windowValue(formatDate(period.from), formatDate(period.to))}</dd>
        </div>
        <div>
          <dt>{p.deadline}</dt>
          <dd>{formatDate(period.entryDeadline)}</dd>
        </div>
        <div>
          <dt>{p.kind}</dt>
          <dd>
            {texts.reports.kinds[period.kind]} {period.year}
          </dd>
        </div>
      </dl>
      {period.status === 'draft' && <Alert tone="info">{p.draftNote}</Alert>}
      {period.status === 'closed' && <Alert tone="info">{p.closedNote}</Alert>}
    </section>
  );
}

/** The officer's own unit's forms in the period, each with its status. */
function OwnForms({ period }: { period: Period }) {
  const p = texts.reports.period;
  const user = useCurrentUser();
  const refs = period.templates.map((t) => ({ periodId: period.id, unitId: user.unit.id, templateId: t.id }));
  const forms = useReportForms(refs);
  return (
    <section className="card" aria-labelledby="rp-own-title">
      <h2 id="rp-own-title" className="card-title">
        {p.ownTitle(user.unit.name)}
      </h2>
      <p className="card-intro">{p.ownIntro}</p>
      {period.templates.length === 0 ? (
        <p className="muted">{p.ownEmpty}</p>
      ) : (
        <ul className="rp-own-forms">
          {period.templates.map((template, index) => {
            const form = forms[index];
            return (
              <li key={template.id} className="rp-own-form">
                <Link
                  className="rp-own-link"
                  to={`/reports/${period.id}/units/${user.unit.id}/forms/${template.id}`}
                >
                  <span className="rp-own-code mono">{template.code}</span>
                  <span className="rp-own-name">{template.name}</span>
                </Link>
                <span className="rp-own-status">
                  {form?.data ? (
                    <ReportStatusBadge status={form.data.status} />
                  ) : form?.isError ? (
                    <span className="muted">{p.statusUnknown}</span>
                  ) : (
                    <span className="muted">{texts.app.loading}</span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** One period: its facts, the officer's own forms, and for a unit with units under it, their progress. */
export function PeriodPage({ id }: { id: string }) {
  const t = texts.reports;
  const query = usePeriod(id);
  useDocumentTitle(query.data?.name ?? t.title);

  const back = (
    <Link to="/reports" className="rp-back">
      <span aria-hidden="true">←</span> {t.period.back}
    </Link>
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const gone = isApiError(query.error) && [400, 403, 404].includes(query.error.status);
    return (
      <>
        {back}
        <section className="card">
          <ErrorState error={query.error} onRetry={gone ? undefined : () => void query.refetch()} />
        </section>
      </>
    );
  }
  const period = query.data;
  return (
    <>
      {back}
      <PeriodHeader period={period} />
      <OwnForms period={period} />
      <ProgressBoard period={period} />
    </>
  );
}
