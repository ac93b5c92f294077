import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_STATUS_LABELS, type FeedbackTracking } from '@motcua/shared';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { CodeLookupForm, LookupFailureState } from '../../components/code-lookup';
import { DetailRow, InstantRow } from '../../components/dossier-parts';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { feedbackPath, paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { useFeedback } from './api/get-feedback';
import { AnswerBlock, FeedbackStatusBadge, FeedbackTimeline } from './feedback-parts';
import { RatingSection } from './rating-section';
import { useSenderKey, type SenderKey } from './sender-key';
import { SupplementForm } from './supplement-form';
import { feedbackCodeFormSchema, normaliseFeedbackCode } from './tracking-form-schema';
import './feedback.css';

function lastUpdate(feedback: FeedbackTracking): string | null {
  return feedback.timeline.at(-1)?.at ?? null;
}

function InfoRequestSection({
  feedback,
  senderKey,
  onSupplemented,
  onConflict,
}: {
  feedback: FeedbackTracking;
  senderKey: SenderKey;
  onSupplemented: () => void;
  onConflict: () => void;
}) {
  return (
    <section className="card dossier-section dossier-section--attention" aria-labelledby="info-heading">
      <h2 id="info-heading" className="card__heading">
        {texts.feedback.infoRequestHeading}
      </h2>
      <p>{texts.feedback.infoRequestLead}</p>
      {feedback.infoRequest ? (
        <blockquote className="feedback-quote prewrap">{feedback.infoRequest}</blockquote>
      ) : null}
      <SupplementForm
        code={feedback.code}
        senderKey={senderKey}
        onSent={onSupplemented}
        onConflict={onConflict}
      />
    </section>
  );
}

function FeedbackResult({ feedback, onReload }: { feedback: FeedbackTracking; onReload: () => void }) {
  const location = useLocation();
  const senderKey = useSenderKey(feedback.code, location.hash);
  const [supplemented, setSupplemented] = useState(false);
  const updated = lastUpdate(feedback);

  return (
    <div className="dossier-layout feedback-result">
      <p className="visually-hidden" role="status">
        {texts.feedback.resultAnnouncement(feedback.code, FEEDBACK_STATUS_LABELS[feedback.status])}
      </p>
      <div className="feedback-result__main">
        {supplemented ? (
          <Alert tone="success" focusOnMount>
            <p>{texts.feedback.supplementSent}</p>
          </Alert>
        ) : null}
        <section className="card dossier-section" aria-labelledby="result-heading">
          <p className="feedback-result__code dossier-code">{feedback.code}</p>
          <h2 id="result-heading" className="card__heading">
            {feedback.title}
          </h2>
          <p className="dossier-state">
            <span className="visually-hidden">{texts.feedback.status}: </span>
            <FeedbackStatusBadge status={feedback.status} />
          </p>
          <dl className="details details--grid">
            <DetailRow label={texts.feedback.category}>
              {FEEDBACK_CATEGORY_LABELS[feedback.category]}
            </DetailRow>
            <DetailRow label={texts.feedback.holdingAgency}>{feedback.unitName}</DetailRow>
            <InstantRow label={texts.feedback.submittedAt} value={feedback.submittedAt} />
            <InstantRow label={texts.feedback.updatedAt} value={updated} />
          </dl>
          {feedback.status !== 'published' && feedback.status !== 'refused' ? (
            <p className="dossier-note">{texts.feedback.waitingNote}</p>
          ) : null}
        </section>

        {feedback.status === 'awaiting_info' ? (
          <InfoRequestSection
            feedback={feedback}
            senderKey={senderKey}
            onSupplemented={() => setSupplemented(true)}
            onConflict={onReload}
          />
        ) : null}

        {feedback.status === 'refused' ? (
          <section className="card dossier-section dossier-section--ended" aria-labelledby="refused-heading">
            <h2 id="refused-heading" className="card__heading">
              {texts.feedback.refusedHeading}
            </h2>
            {feedback.refusalReason ? (
              <p>
                <strong>{texts.feedback.refusedLead}</strong>{' '}
                <span className="prewrap">{feedback.refusalReason}</span>
              </p>
            ) : null}
          </section>
        ) : null}

        {feedback.content ? (
          <section className="card dossier-section" aria-labelledby="content-heading">
            <h2 id="content-heading" className="card__heading">
              {texts.feedback.contentHeading}
            </h2>
            <p className="prewrap">{feedback.content}</p>
          </section>
        ) : null}

        {feedback.answer ? (
          <section className="card dossier-section" aria-labelledby="answer-heading">
            <h2 id="answer-heading" className="card__heading">
              {texts.feedback.answerHeading}
            </h2>
            <AnswerBlock code={feedback.code} answer={feedback.answer} />
          </section>
        ) : null}

        {feedback.status === 'published' ? (
          <RatingSection feedback={feedback} senderKey={senderKey} onConflict={onReload} />
        ) : null}
      </div>
      <FeedbackTimeline entries={feedback.timeline} headingId="timeline-heading" />
    </div>
  );
}

function Lookup({ code }: { code: string }) {
  const feedback = useFeedback(code);
  if (feedback.isPending) return <LoadingState label={texts.feedback.searching} />;
  if (feedback.isError) {
    return (
      <LookupFailureState
        code={code}
        error={feedback.error}
        texts={{ ...texts.feedback, failedTitle: texts.feedback.trackFailed }}
        onRetry={() => void feedback.refetch()}
      />
    );
  }
  return <FeedbackResult feedback={feedback.data} onReload={() => void feedback.refetch()} />;
}

/**
 * `/phan-anh/tra-cuu` shows the lookup form; `/phan-anh/:code` (the link in the messages) shows the form filled in
 * and the feedback. With the private link's `#k=` key the sender also adds information and rates the answer.
 */
export function FeedbackTrackingPage() {
  const { code: rawCode } = useParams();
  const code = rawCode === undefined ? null : normaliseFeedbackCode(rawCode);

  return (
    <div className="page">
      <DocumentTitle page={code ? `${texts.feedback.trackTitle} ${code}` : texts.feedback.trackTitle} />
      <div className="container track">
        <BackLink to={paths.feedback}>{texts.feedback.backToList}</BackLink>
        <header className="page__header">
          <h1>{texts.feedback.trackTitle}</h1>
          <p className="lead">{texts.feedback.trackLead}</p>
        </header>
        {/* Keyed by the code, so opening another code's URL refills the field. */}
        <CodeLookupForm
          key={code ?? rawCode ?? ''}
          initialCode={code ?? rawCode ?? ''}
          schema={feedbackCodeFormSchema}
          label={texts.feedback.trackCodeLabel}
          hint={texts.feedback.trackCodeHint}
          submitLabel={texts.feedback.trackSubmit}
          pathFor={feedbackPath}
        />
        <div className="track__result">
          {rawCode === undefined ? null : code === null ? (
            <ErrorState title={texts.feedback.invalidTitle} message={texts.feedback.invalidText(rawCode)} />
          ) : (
            <Lookup code={code} />
          )}
        </div>
      </div>
    </div>
  );
}
