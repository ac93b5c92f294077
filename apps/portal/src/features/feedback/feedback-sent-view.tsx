import type { FeedbackReceipt } from '@motcua/shared';
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { SuccessIcon } from '../../components/success-icon';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { accessKeys, privateLinkPath, privateLinkUrl } from './access-key';
import { CopyButton } from './copy-button';

export type SentFeedback = {
  receipt: FeedbackReceipt;
  agencyName: string;
  /** The contact details given, to say where the link was sent. */
  email: string;
  phone: string;
};

function notifiedText({ email, phone }: SentFeedback): string {
  if (email && phone) return texts.feedback.notifiedBoth(email, phone);
  if (email) return texts.feedback.notifiedEmail(email);
  return texts.feedback.notifiedPhone(phone);
}

/**
 * After sending: the code to keep, shown large and copyable, and the private link (code and access key) that lets
 * the sender add information and rate the answer. The key is shown only here and in the message sent to them.
 */
export function FeedbackSentView({ sent, onAnother }: { sent: SentFeedback; onAnother: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { code, accessKey } = sent.receipt;
  const link = privateLinkUrl(window.location.origin, code, accessKey);

  useEffect(() => {
    // The form that had focus is gone: the news starts here, for screen readers as for the eye.
    heading.current?.focus();
    // Opening the private link from here must not ask for the key again.
    accessKeys.set(code, accessKey);
  }, [code, accessKey]);

  return (
    <div className="page page--narrow feedback-page">
      <DocumentTitle page={`${texts.feedback.sentTitle} ${code}`} />
      <div className="card feedback-sent">
        <SuccessIcon />
        <h1 ref={heading} tabIndex={-1}>
          {texts.feedback.sentTitle}
        </h1>
        {sent.agencyName ? <p className="lead">{texts.feedback.sentLead(sent.agencyName)}</p> : null}

        <div className="feedback-sent__code-box">
          <p className="feedback-sent__code-label" id={`${id}-code`}>
            {texts.feedback.codeLabel}
          </p>
          <p className="feedback-sent__code" aria-labelledby={`${id}-code`}>
            {code}
          </p>
          <CopyButton text={code} label={texts.feedback.copyCode} />
          <p className="feedback-sent__note">{texts.feedback.codeNote}</p>
        </div>

        <section className="feedback-sent__link" aria-labelledby={`${id}-link-heading`}>
          <h2 id={`${id}-link-heading`} className="card__heading">
            {texts.feedback.privateLinkHeading}
          </h2>
          <p>{texts.feedback.privateLinkText}</p>
          <label className="field__label" htmlFor={`${id}-link`}>
            {texts.feedback.privateLinkLabel}
          </label>
          <div className="feedback-sent__link-row">
            <input
              id={`${id}-link`}
              className="input"
              type="text"
              readOnly
              value={link}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton text={link} label={texts.feedback.copyLink} />
          </div>
          <p className="feedback-sent__key">
            {texts.feedback.accessKeyShown} <code>{accessKey}</code>
          </p>
        </section>

        <Alert tone="info">
          <p>{notifiedText(sent)}</p>
          <p>{texts.feedback.nextSteps}</p>
        </Alert>

        <div className="feedback-sent__actions">
          <Link className="button button--primary" to={privateLinkPath(code, accessKey)}>
            {texts.feedback.openPrivateLink}
          </Link>
          <button type="button" className="button button--secondary" onClick={onAnother}>
            {texts.feedback.sendAnother}
          </button>
          <Link className="button button--secondary" to={paths.feedback}>
            {texts.feedback.toList}
          </Link>
        </div>
      </div>
    </div>
  );
}
