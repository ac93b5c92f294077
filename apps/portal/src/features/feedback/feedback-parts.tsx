import {
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_EVENT_LABELS,
  FEEDBACK_RATING_LABELS,
  FEEDBACK_STATUS_LABELS,
  type FeedbackStatus,
  type FeedbackTracking,
  type PublishedFeedback,
} from '@motcua/shared';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '../../components/badge';
import { formatFileSize } from '../../components/file-rules';
import { texts } from '../../config/texts';
import { formatInstant, formatInstantAsDate } from '../../lib/format';
import { answerDocumentHref } from './api/get-answer-document';

const STATUS_TONES: Record<FeedbackStatus, BadgeTone> = {
  new: 'info',
  supplemented: 'info',
  processing: 'info',
  awaiting_approval: 'info',
  awaiting_info: 'attention',
  answered: 'info',
  published: 'success',
  refused: 'error',
};

/** A feedback's status as a coloured pill; the words carry the meaning, the colour only adds to it. */
export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{FEEDBACK_STATUS_LABELS[status]}</Badge>;
}

export function DateText({ iso, children }: { iso: string; children?: (date: string) => string }) {
  const date = formatInstantAsDate(iso);
  return <time dateTime={iso}>{children ? children(date) : date}</time>;
}

function DownloadIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M12 4v11m0 0l-5-5m5 5l5-5M5 19h14"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

type Answer = NonNullable<FeedbackTracking['answer']>;

/** The agency's published answer: who answered, when, the text and the signed document to download. */
export function AnswerBlock({ code, answer }: { code: string; answer: Answer }) {
  return (
    <div className="feedback-answer">
      <p className="feedback-answer__by">
        {texts.feedback.answerBy(answer.unitName)}{' '}
        <span className="feedback-answer__date">
          <DateText iso={answer.publishedAt}>{texts.feedback.answeredOn}</DateText>
        </span>
      </p>
      <p className="prewrap feedback-answer__text">{answer.text}</p>
      {answer.document ? (
        <p className="feedback-answer__document">
          <a className="button button--secondary button--small" href={answerDocumentHref(code)} download>
            <DownloadIcon />
            {texts.feedback.answerDocument}
          </a>
          <span className="feedback-answer__file">
            {answer.document.name} · {formatFileSize(answer.document.size)}
          </span>
        </p>
      ) : null}
    </div>
  );
}

/** One published feedback in the public list. */
export function PublishedArticle({ feedback, href }: { feedback: PublishedFeedback; href: string }) {
  const headingId = `feedback-${feedback.code}`;
  return (
    <article className="card feedback-item" aria-labelledby={headingId}>
      <p className="feedback-item__category">{FEEDBACK_CATEGORY_LABELS[feedback.category]}</p>
      <h2 id={headingId} className="feedback-item__title">
        <Link to={href}>{feedback.title}</Link>
      </h2>
      <p className="feedback-item__meta">
        <span className="feedback-item__code">{feedback.code}</span>
        <span aria-hidden="true"> · </span>
        <DateText iso={feedback.submittedAt}>{texts.feedback.submittedOn}</DateText>
        {feedback.rating ? (
          <>
            <span aria-hidden="true"> · </span>
            <span>{texts.feedback.ratingShown(FEEDBACK_RATING_LABELS[feedback.rating])}</span>
          </>
        ) : null}
      </p>
      <p className="prewrap feedback-item__content">{feedback.content}</p>
      <AnswerBlock code={feedback.code} answer={feedback.answer} />
    </article>
  );
}

/** What happened to the feedback, as the sender may see it, oldest first. */
export function FeedbackTimeline({
  entries,
  headingId,
}: {
  entries: FeedbackTracking['timeline'];
  headingId: string;
}) {
  return (
    <section className="card dossier-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__heading">
        {texts.feedback.timelineHeading}
      </h2>
      {entries.length === 0 ? (
        <p className="details__empty">{texts.feedback.timelineEmpty}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="timeline__item">
              <p className="timeline__label">{FEEDBACK_EVENT_LABELS[entry.event]}</p>
              <p className="timeline__meta">
                <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
                {entry.unitName ? (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span>{entry.unitName}</span>
                  </>
                ) : null}
              </p>
              {entry.note ? <p className="prewrap feedback-timeline__note">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
