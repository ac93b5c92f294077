import { toVnIso, type Method } from '@motcua/shared';
import { Alert } from '../../../components/alert';
import { Spinner } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useDueDatePreview } from '../api/get-due-date';
import { DueExplanation } from './due-explanation';

/**
 * The appointment the applicant would get if the dossier were received now, computed by the server on the
 * official working-day calendar (holidays, make-up days, the procedure's cut-off hour), with its derivation.
 */
export function DuePreview({
  timeLimit,
  cutoff,
  now,
}: {
  timeLimit: Method['timeLimit'] | undefined;
  cutoff: string | null | undefined;
  now: Date;
}) {
  const t = texts.dossiers.preview;
  // Whole minutes: the query changes once a minute, not on every render.
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const query = useDueDatePreview(
    timeLimit
      ? { start: toVnIso(start), amount: timeLimit.amount, unit: timeLimit.unit, cutoff: cutoff ?? undefined }
      : null,
  );

  let body;
  if (!timeLimit) body = <p className="muted">{t.pick}</p>;
  else if (query.isPending)
    body = (
      <p className="muted preview-loading" role="status">
        <Spinner size="sm" /> {t.loading}
      </p>
    );
  else if (query.isError)
    body = (
      <Alert tone="warning" title={t.failed}>
        {describeError(query.error).detail}
      </Alert>
    );
  else
    body = (
      <>
        <p className="preview-when">{t.ifNow(formatDateTime(start.toISOString()))}</p>
        <p className="preview-due" aria-live="polite">
          {query.data.dueAt ? formatDateTime(query.data.dueAt) : t.noDate}
        </p>
        <h3 className="preview-subtitle">{t.derivation}</h3>
        <DueExplanation lines={query.data.explanation} label={t.derivation} />
      </>
    );

  return (
    <section className="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="card-title">
        {t.title}
      </h2>
      {body}
    </section>
  );
}
