import { FEEDBACK_RATING_LABELS, type FeedbackRating, type FeedbackTracking } from '@motcua/shared';
import { useState } from 'react';
import { Alert } from '../../components/alert';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { useRateFeedback } from './api/rate-feedback';
import { SenderKeyForm, type SenderKey } from './sender-key';
import { isStateConflict, isWrongKey } from './tracking-form-schema';

function ThumbIcon({ down = false }: { down?: boolean }) {
  return (
    <svg
      width="22"
      height="22"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={down ? { transform: 'scaleY(-1)' } : undefined}
    >
      <path
        d="M7 11v9H4v-9zM7 11l4-8a2 2 0 012 2v4h5.5a2 2 0 012 2.3l-1.2 7A2 2 0 0117.3 20H7"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.9"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * Once the answer is published the sender may like or dislike it, once; everyone sees the rating given. Each
 * button sends at once: there is nothing else to fill in.
 */
export function RatingSection({
  feedback,
  senderKey,
  onConflict,
}: {
  feedback: FeedbackTracking;
  senderKey: SenderKey;
  onConflict: () => void;
}) {
  const rate = useRateFeedback();
  const [failure, setFailure] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);

  async function send(rating: FeedbackRating) {
    const accessKey = senderKey.key;
    if (!accessKey) return;
    setFailure(null);
    try {
      await rate.mutateAsync({ code: feedback.code, accessKey, rating });
      setThanked(true);
    } catch (error) {
      if (isWrongKey(error)) senderKey.reject(accessKey);
      else if (isStateConflict(error)) {
        setFailure(texts.feedback.ratingClosed);
        onConflict();
      } else setFailure(describeError(error));
    }
  }

  const sending = rate.isPending ? rate.variables.rating : null;

  return (
    <section
      className={feedback.rating ? 'card dossier-section' : 'card dossier-section dossier-section--attention'}
      aria-labelledby="rating-heading"
    >
      <h2 id="rating-heading" className="card__heading">
        {texts.feedback.ratingHeading}
      </h2>
      {feedback.rating ? (
        <>
          {thanked ? <Alert tone="success" title={texts.feedback.ratingThanks} /> : null}
          <p className="feedback-rating__given">
            <span className={`feedback-rating__value feedback-rating__value--${feedback.rating}`}>
              <ThumbIcon down={feedback.rating === 'dislike'} />
              {texts.feedback.ratingGiven(FEEDBACK_RATING_LABELS[feedback.rating])}
            </span>
          </p>
        </>
      ) : senderKey.key ? (
        <>
          <p>{texts.feedback.ratingLead}</p>
          {failure ? (
            <Alert tone="error" title={texts.feedback.ratingFailed}>
              <p>{failure}</p>
            </Alert>
          ) : null}
          <div className="feedback-rating__buttons">
            {(['like', 'dislike'] as const).map((rating) => (
              <button
                key={rating}
                type="button"
                className={`button button--secondary feedback-rating__button feedback-rating__button--${rating}`}
                disabled={sending !== null}
                onClick={() => void send(rating)}
              >
                <ThumbIcon down={rating === 'dislike'} />
                {sending === rating ? texts.feedback.ratingSending : FEEDBACK_RATING_LABELS[rating]}
              </button>
            ))}
          </div>
        </>
      ) : (
        <SenderKeyForm lead={texts.feedback.keyNeededRating} senderKey={senderKey} />
      )}
    </section>
  );
}
