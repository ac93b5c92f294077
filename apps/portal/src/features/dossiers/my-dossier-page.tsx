import { RESULT_METHOD_LABELS, SLIP_TITLES, type CitizenDossier } from '@motcua/shared';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { DetailRow, Instant, InstantRow, StateBadge, Timeline } from '../../components/dossier-parts';
import { DocumentTitle } from '../../components/document-title';
import { PayButton } from '../../components/pay-button';
import { ErrorState, LoadingState } from '../../components/states';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { formatInstant, formatVnd } from '../../lib/format';
import { receiptRequest, slipRequest, useOpenPdf } from './api/open-pdf';
import { useMyDossier } from './api/get-my-dossier';
import { FilesSection } from './components/files-section';
import { RatingSection } from './components/rating-section';
import { StopRequestSection } from './components/stop-request-section';
import { SupplementSection } from './components/supplement-section';
import { explanationDates } from './explanation';
import { feeView, paymentReturnOf, type PaymentReturn } from './fee';
import './my-dossier.css';

function PaymentReturnAlert({ result }: { result: PaymentReturn }) {
  if (result === 'success') {
    return (
      <Alert tone="success" title={texts.myDossiers.paymentSuccess}>
        <p>{texts.myDossiers.paymentSuccessText}</p>
      </Alert>
    );
  }
  if (result === 'failure') {
    return (
      <Alert tone="error" title={texts.myDossiers.paymentFailure}>
        <p>{texts.myDossiers.paymentFailureText}</p>
      </Alert>
    );
  }
  return null;
}

function FeeSection({ dossier }: { dossier: CitizenDossier }) {
  const fee = feeView(dossier);
  const receipt = useOpenPdf();
  const paid = dossier.payments.filter((p) => p.status === 'paid');

  return (
    <section className="card dossier-section fee" aria-labelledby="fee-heading">
      <h2 id="fee-heading" className="card__heading">
        {texts.myDossiers.feeHeading}
      </h2>
      {fee.kind === 'none' ? (
        <p>{texts.myDossiers.feeNone}</p>
      ) : (
        <dl className="details">
          <DetailRow label={texts.myDossiers.feeAmount}>
            <span className="fee__amount">{formatVnd(fee.amountVnd)}</span>
          </DetailRow>
          <DetailRow label={texts.myDossiers.feeStatus}>
            {fee.kind === 'paid' ? (
              <span className="fee__status fee__status--paid">
                {fee.paidAt
                  ? texts.myDossiers.feePaidAt(formatInstant(fee.paidAt))
                  : texts.myDossiers.feePaid}
              </span>
            ) : (
              <span className="fee__status fee__status--due">{texts.myDossiers.feeUnpaid}</span>
            )}
          </DetailRow>
        </dl>
      )}

      {fee.kind === 'due' && fee.payable && dossier.actions.includes('pay') ? (
        <div className="fee__action">
          <PayButton dossierId={dossier.id} />
          <p className="fee__note">{texts.myDossiers.payNote}</p>
        </div>
      ) : null}
      {fee.kind === 'due' && !fee.payable ? <p className="fee__note">{texts.myDossiers.feeClosed}</p> : null}

      {paid.length > 0 ? (
        <div className="fee__receipts">
          <h3 className="fee__subheading">{texts.myDossiers.paymentsHeading}</h3>
          {receipt.isError ? (
            <Alert tone="error" title={texts.myDossiers.receiptFailed}>
              <p>{describeError(receipt.error)}</p>
            </Alert>
          ) : null}
          <ul className="receipts">
            {paid.map((payment) => {
              const request = receiptRequest(dossier.id, payment.id);
              const busy = receipt.isPending && receipt.variables.path === request.path;
              return (
                <li key={payment.id} className="receipts__item">
                  <span>
                    {formatVnd(payment.amountVnd)}
                    {payment.paidAt ? (
                      <>
                        {' · '}
                        <Instant value={payment.paidAt} />
                      </>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    aria-label={
                      payment.paidAt && paid.length > 1
                        ? texts.myDossiers.receiptFor(
                            formatVnd(payment.amountVnd),
                            formatInstant(payment.paidAt),
                          )
                        : undefined
                    }
                    onClick={() => receipt.mutate(request)}
                  >
                    {busy ? texts.myDossiers.receiptLoading : texts.myDossiers.receipt}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The slips the agency issued for the dossier (receipt and appointment, supplement request, refusal…), as PDF. */
function SlipsSection({ dossier }: { dossier: CitizenDossier }) {
  const slip = useOpenPdf();
  if (dossier.slips.length === 0) return null;
  return (
    <section className="card dossier-section" aria-labelledby="slips-heading">
      <h2 id="slips-heading" className="card__heading">
        {texts.myDossiers.slipsHeading}
      </h2>
      {slip.isError ? (
        <Alert tone="error" title={texts.myDossiers.slipFailed}>
          <p>{describeError(slip.error)}</p>
        </Alert>
      ) : null}
      <ul className="receipts">
        {dossier.slips.map((form) => {
          const request = slipRequest(dossier.id, form);
          const busy = slip.isPending && slip.variables.path === request.path;
          return (
            <li key={form} className="receipts__item">
              <span>{SLIP_TITLES[form]}</span>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                aria-label={`${texts.myDossiers.openSlip}: ${SLIP_TITLES[form]}`}
                onClick={() => slip.mutate(request)}
              >
                {busy ? texts.myDossiers.slipLoading : texts.myDossiers.openSlip}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** What the citizen just did, confirmed at the top of the page (the section they used may be gone by now). */
type Outcome = 'supplemented' | 'withdrawn' | 'stop_requested' | 'rated';

function OutcomeAlert({ outcome, dossier }: { outcome: Outcome; dossier: CitizenDossier }) {
  switch (outcome) {
    case 'supplemented':
      return (
        <Alert tone="success" title={texts.myDossiers.supplementSent} focusOnMount>
          <p>
            {texts.myDossiers.supplementSentText}{' '}
            {dossier.dueAt
              ? texts.myDossiers.newAppointment(formatInstant(dossier.dueAt))
              : texts.myDossiers.newAppointmentPending}
          </p>
          {dossier.dueExplanation.length > 0 ? <p>{texts.myDossiers.seeExplanation}</p> : null}
        </Alert>
      );
    case 'withdrawn':
      return (
        <Alert tone="success" title={texts.myDossiers.withdrawn} focusOnMount>
          <p>{texts.myDossiers.withdrawnText}</p>
        </Alert>
      );
    case 'stop_requested':
      return (
        <Alert tone="success" title={texts.myDossiers.stopRequested} focusOnMount>
          <p>{texts.myDossiers.stopRequestedText}</p>
        </Alert>
      );
    case 'rated':
      return <Alert tone="success" title={texts.myDossiers.ratingThanks} focusOnMount />;
  }
}

function SummarySection({ dossier }: { dossier: CitizenDossier }) {
  return (
    <section className="card dossier-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="card__heading">
        {texts.myDossiers.summaryHeading}
      </h2>
      <p className="dossier-state">
        <span className="visually-hidden">{texts.dossier.state}: </span>
        <StateBadge state={dossier.state} label={dossier.stateLabel} />
      </p>
      {dossier.stopRequestedAt ? (
        <p className="dossier-notice">
          {texts.myDossiers.stopRequestedNotice(formatInstant(dossier.stopRequestedAt))}
        </p>
      ) : null}
      <dl className="details details--grid">
        {/* The appointment first: after the state it is what a citizen opens the page for. */}
        <DetailRow label={texts.dossier.dueAt}>
          {dossier.dueAt ? (
            <span className="summary-due">
              <Instant value={dossier.dueAt} />
            </span>
          ) : dossier.state === 'waiting_supplement' ? (
            texts.myDossiers.duePaused
          ) : null}
        </DetailRow>
        {dossier.finishedAt ? (
          <DetailRow label={texts.dossier.finishedAt}>
            <Instant value={dossier.finishedAt} />
            {dossier.result ? ` (${texts.dossier.onTime[dossier.result]})` : null}
          </DetailRow>
        ) : null}
        <DetailRow label={texts.dossier.procedure}>{dossier.procedureName}</DetailRow>
        <DetailRow label={texts.myDossiers.caseName}>{dossier.caseName}</DetailRow>
        <DetailRow label={texts.dossier.receivingUnit}>{dossier.receivingUnit}</DetailRow>
        <DetailRow label={texts.myDossiers.resultMethod}>
          {RESULT_METHOD_LABELS[dossier.resultMethod]}
        </DetailRow>
        <InstantRow label={texts.dossier.submittedAt} value={dossier.submittedAt} />
        <InstantRow label={texts.dossier.receivedAt} value={dossier.receivedAt} />
      </dl>
    </section>
  );
}

function AppointmentSection({ dossier }: { dossier: CitizenDossier }) {
  return (
    <section className="card dossier-section" aria-labelledby="appointment-heading">
      <h2 id="appointment-heading" className="card__heading">
        {texts.myDossiers.appointmentHeading}
      </h2>
      {dossier.dueAt ? (
        <p className="appointment">
          <Instant value={dossier.dueAt} />
        </p>
      ) : (
        <p>
          {dossier.state === 'waiting_supplement'
            ? texts.myDossiers.appointmentPaused
            : texts.myDossiers.appointmentPending}
        </p>
      )}
      {dossier.dueExplanation.length > 0 ? (
        <>
          <h3 className="fee__subheading">{texts.myDossiers.explanationHeading}</h3>
          <ol className="explanation">
            {dossier.dueExplanation.map((line, index) => (
              <li
                key={`${line.kind}-${line.from}-${index}`}
                className={`explanation__line explanation__line--${line.kind}`}
              >
                <span className="explanation__dates">{explanationDates(line)}</span>
                <span>{line.text}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function DossierDetail({ dossier }: { dossier: CitizenDossier }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const supplementDue = dossier.state === 'waiting_supplement' || dossier.actions.includes('supplement');
  return (
    <>
      {outcome ? <OutcomeAlert outcome={outcome} dossier={dossier} /> : null}
      {/* One list in reading order: the state and appointment, then whatever the citizen has to do, then the
          rest. Wide screens place the fee in a column of its own. */}
      <div className="dossier-layout dossier-layout--split">
        <SummarySection dossier={dossier} />
        {supplementDue ? (
          <SupplementSection dossier={dossier} onSent={() => setOutcome('supplemented')} />
        ) : null}
        <RatingSection dossier={dossier} onRated={() => setOutcome('rated')} />
        {/* After a supplement or rating request, before the rest: a due fee is then the next thing to do. */}
        <FeeSection dossier={dossier} />
        {dossier.refusalReason ? (
          <section className="card dossier-section dossier-section--ended" aria-labelledby="refusal-heading">
            <h2 id="refusal-heading" className="card__heading">
              {texts.myDossiers.refusalHeading}
            </h2>
            <p className="prewrap">{dossier.refusalReason}</p>
          </section>
        ) : null}
        <AppointmentSection dossier={dossier} />
        <FilesSection dossier={dossier} />
        <SlipsSection dossier={dossier} />
        <Timeline entries={dossier.timeline} headingId="timeline-heading" />
        <StopRequestSection
          dossier={dossier}
          onDone={(updated) => setOutcome(updated.state === 'withdrawn' ? 'withdrawn' : 'stop_requested')}
        />
      </div>
    </>
  );
}

export function MyDossierPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const dossier = useMyDossier(id);
  const paymentResult = paymentReturnOf(search);
  const notFound = dossier.isError && isApiError(dossier.error) && [400, 404].includes(dossier.error.status);

  return (
    <div className="page">
      <DocumentTitle
        page={
          dossier.data ? `${texts.myDossiers.detailTitle} ${dossier.data.code}` : texts.myDossiers.detailTitle
        }
      />
      <div className="container">
        <BackLink to={paths.myDossiers}>{texts.myDossiers.back}</BackLink>
        <header className="page__header">
          <h1>
            {dossier.data ? (
              <>
                {texts.myDossiers.detailTitle} <span className="dossier-code">{dossier.data.code}</span>
              </>
            ) : (
              texts.myDossiers.detailTitle
            )}
          </h1>
          {dossier.data ? <p className="lead">{dossier.data.procedureName}</p> : null}
        </header>
        <PaymentReturnAlert result={paymentResult} />
        {dossier.isPending ? (
          <LoadingState />
        ) : dossier.isError ? (
          <ErrorState
            title={texts.myDossiers.detailLoadFailed}
            message={notFound ? texts.myDossiers.detailNotFound : describeError(dossier.error)}
            onRetry={notFound ? undefined : () => void dossier.refetch()}
          />
        ) : (
          <DossierDetail dossier={dossier.data} />
        )}
      </div>
    </div>
  );
}
