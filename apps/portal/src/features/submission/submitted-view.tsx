import type { CitizenDossier } from '@motcua/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { DetailRow, StateBadge } from '../../components/dossier-parts';
import { DocumentTitle } from '../../components/document-title';
import { PayButton } from '../../components/pay-button';
import { SuccessIcon } from '../../components/success-icon';
import { myDossierPath, trackPath } from '../../config/paths';
import { texts } from '../../config/texts';
import { formatVnd } from '../../lib/format';

/** The dossier's fee, payable at once when the dossier allows it (the same gateway flow as the dossier page). */
function PayNow({ dossier }: { dossier: CitizenDossier }) {
  if (!dossier.actions.includes('pay') || dossier.feeVnd === null) return null;
  return (
    <section className="submitted__pay" aria-labelledby="pay-heading">
      <h2 id="pay-heading" className="card__heading">
        {texts.submission.feeDue}: <span className="fee__amount">{formatVnd(dossier.feeVnd)}</span>
      </h2>
      <p>{texts.submission.payNow}</p>
      <PayButton dossierId={dossier.id} />
      <p className="fee__note">{texts.submission.payNote}</p>
    </section>
  );
}

/** After submission: the dossier code to keep, what happens next, the fee if one is owed, and where to follow it. */
export function SubmittedView({
  dossier,
  procedureName,
}: {
  dossier: CitizenDossier;
  procedureName: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: the news starts here, for screen readers as for the eye.
  useEffect(() => heading.current?.focus(), []);
  const payable = dossier.actions.includes('pay');
  return (
    <div className="page page--narrow submitted-page">
      <DocumentTitle page={`${texts.submission.successTitle} ${dossier.code}`} />
      <div className="card submitted">
        <SuccessIcon />
        <h1 ref={heading} tabIndex={-1}>
          {texts.submission.successTitle}
        </h1>
        <p className="lead">{texts.submission.successLead(procedureName)}</p>
        <div className="submitted__code-box">
          <p className="submitted__code-label">{texts.submission.dossierCode}</p>
          <p className="submitted__code dossier-code">{dossier.code}</p>
          <p className="submitted__code-note">{texts.submission.codeNote}</p>
        </div>
        <dl className="details">
          <DetailRow label={texts.submission.receivingUnit}>{dossier.receivingUnit}</DetailRow>
          <DetailRow label={texts.dossier.state}>
            <StateBadge state={dossier.state} label={dossier.stateLabel} />
          </DetailRow>
        </dl>
        <Alert tone="info">
          <p>{texts.submission.appointmentNote}</p>
        </Alert>
        <PayNow dossier={dossier} />
        <div className="submitted__links">
          <Link
            className={payable ? 'button button--secondary' : 'button button--primary'}
            to={myDossierPath(dossier.id)}
          >
            {texts.submission.toDossier}
          </Link>
          <Link className="button button--secondary" to={trackPath(dossier.code)}>
            {texts.submission.toTrack}
          </Link>
        </div>
      </div>
    </div>
  );
}
