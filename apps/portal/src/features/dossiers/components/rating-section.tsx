import { zodResolver } from '@hookform/resolvers/zod';
import { RATING_REASON_LABELS, RATING_REASONS, type CitizenDossier } from '@motcua/shared';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/alert';
import { DetailRow } from '../../../components/dossier-parts';
import { FieldError, TextAreaField } from '../../../components/field';
import { texts } from '../../../config/texts';
import { applyServerErrors, type FormError } from '../../../lib/form-errors';
import { formatInstant } from '../../../lib/format';
import { useRateDossier } from '../api/rate-dossier';
import { actionErrorMessage } from '../my-dossier';
import {
  emptyRatingForm,
  RatingFormSchema,
  ratingFields,
  toRatingPayload,
  type RatingFormValues,
} from '../my-dossier-form-schema';

function GivenRating({ rating }: { rating: NonNullable<CitizenDossier['rating']> }) {
  return (
    <>
      <p className="rating__given">{texts.myDossiers.ratingGiven(formatInstant(rating.at))}</p>
      <dl className="details">
        <DetailRow label={texts.myDossiers.ratingYourAnswer}>
          <span className={rating.satisfied ? 'rating__answer rating__answer--yes' : 'rating__answer'}>
            {rating.satisfied ? texts.myDossiers.satisfied : texts.myDossiers.notSatisfied}
          </span>
        </DetailRow>
        {rating.reasons.length > 0 ? (
          <DetailRow label={texts.myDossiers.ratingYourReasons}>
            <ul className="bullet-list">
              {rating.reasons.map((reason) => (
                <li key={reason}>{RATING_REASON_LABELS[reason]}</li>
              ))}
            </ul>
          </DetailRow>
        ) : null}
        {rating.comment ? (
          <DetailRow label={texts.myDossiers.ratingYourComment}>
            <span className="prewrap">{rating.comment}</span>
          </DetailRow>
        ) : null}
      </dl>
    </>
  );
}

function RatingForm({ dossier, onRated }: { dossier: CitizenDossier; onRated: () => void }) {
  const rate = useRateDossier();
  const id = useId();
  const [formError, setFormError] = useState<FormError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<RatingFormValues>({ resolver: zodResolver(RatingFormSchema), defaultValues: emptyRatingForm });
  const satisfied = watch('satisfied');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await rate.mutateAsync({ dossierId: dossier.id, ...toRatingPayload(values) });
      onRated();
    } catch (error) {
      const { message, marked } = applyServerErrors(error, ratingFields, setError);
      setFormError({
        message: actionErrorMessage(error, message, texts.myDossiers.versionConflict),
        focus: marked === 0,
      });
    }
  });

  const answerError = errors.satisfied?.message;
  const reasonsError = errors.reasons?.message ?? errors.reasons?.root?.message;

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <fieldset
        className={answerError ? 'fieldset choices field--invalid' : 'fieldset choices'}
        aria-describedby={answerError ? `${id}-answer-error` : undefined}
      >
        <legend className="fieldset__legend">
          {texts.myDossiers.ratingQuestion}
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        </legend>
        {answerError ? <FieldError id={`${id}-answer-error`}>{answerError}</FieldError> : null}
        <div className="choice-list choice-list--row">
          <label className="choice">
            <input
              type="radio"
              value="yes"
              aria-invalid={answerError ? true : undefined}
              {...register('satisfied')}
            />
            <span>{texts.myDossiers.satisfied}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              value="no"
              aria-invalid={answerError ? true : undefined}
              {...register('satisfied')}
            />
            <span>{texts.myDossiers.notSatisfied}</span>
          </label>
        </div>
      </fieldset>

      {satisfied === 'no' ? (
        <>
          <fieldset
            className={reasonsError ? 'fieldset choices field--invalid' : 'fieldset choices'}
            aria-describedby={`${id}-reasons-hint${reasonsError ? ` ${id}-reasons-error` : ''}`}
          >
            <legend className="fieldset__legend">
              {texts.myDossiers.ratingReasons}
              <span className="field__required" aria-hidden="true">
                {' *'}
              </span>
            </legend>
            <p className="field__hint" id={`${id}-reasons-hint`}>
              {texts.myDossiers.ratingReasonsHint}
            </p>
            {reasonsError ? <FieldError id={`${id}-reasons-error`}>{reasonsError}</FieldError> : null}
            <div className="choice-list">
              {RATING_REASONS.map((reason) => (
                <label key={reason} className="choice">
                  <input type="checkbox" value={reason} {...register('reasons')} />
                  <span>{RATING_REASON_LABELS[reason]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <TextAreaField
            label={texts.myDossiers.ratingComment}
            hint={texts.myDossiers.ratingCommentHint}
            rows={3}
            error={errors.comment?.message}
            {...register('comment')}
          />
        </>
      ) : null}

      <FormErrorAlert title={texts.myDossiers.ratingFailed} error={formError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={rate.isPending}>
          {rate.isPending ? texts.myDossiers.submittingShort : texts.myDossiers.ratingSubmit}
        </button>
      </div>
    </form>
  );
}

/** Once the result is returned: the satisfaction rating, or what the citizen gave. */
export function RatingSection({ dossier, onRated }: { dossier: CitizenDossier; onRated: () => void }) {
  const canRate = dossier.actions.includes('rate');
  if (!dossier.rating && !canRate) return null;
  return (
    <section
      className={dossier.rating ? 'card dossier-section' : 'card dossier-section dossier-section--attention'}
      aria-labelledby="rating-heading"
    >
      <h2 id="rating-heading" className="card__heading">
        {texts.myDossiers.ratingHeading}
      </h2>
      {dossier.rating ? (
        <GivenRating rating={dossier.rating} />
      ) : (
        <>
          <p>{texts.myDossiers.ratingLead}</p>
          <RatingForm dossier={dossier} onRated={onRated} />
        </>
      )}
    </section>
  );
}
