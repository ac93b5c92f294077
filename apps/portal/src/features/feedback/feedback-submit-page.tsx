import { zodResolver } from '@hookform/resolvers/zod';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_LIMITS,
  type FeedbackAgency,
  type FeedbackReceipt,
} from '@motcua/shared';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { Alert, FormErrorAlert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { DocumentTitle } from '../../components/document-title';
import { FieldError, TextField } from '../../components/field';
import { UnitPicker, type UnitPickerProps } from '../../components/unit-picker';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { useSession } from '../../lib/session';
import { useFeedbackAgencies } from './api/get-feedback-agencies';
import { useSubmitFeedback } from './api/submit-feedback';
import { matchAgencies } from './agency-search';
import { AttachmentsField } from './attachments-field';
import { CaptchaField } from './captcha-field';
import { createCaptchaSession } from './captcha-session';
import { ContentField } from './content-field';
import {
  emptyFeedbackForm,
  feedbackFields,
  FeedbackFormSchema,
  isCaptchaError,
  isOnlyCaptchaError,
  toFeedbackPayload,
  withFormFieldNames,
  type FeedbackField,
  type FeedbackFormValues,
} from './feedback-form-schema';
import { FeedbackSentView, type SentFeedback } from './feedback-sent-view';
import './feedback.css';

/** How long a submission waits for a captcha still being solved before calling it missing. */
const CAPTCHA_WAIT_MS = 20_000;

function errorAt(errors: FieldErrors<FeedbackFormValues>, field: FeedbackField): string | undefined {
  if (field.startsWith('sender.')) {
    return errors.sender?.[field.slice(7) as keyof FeedbackFormValues['sender']]?.message;
  }
  const error = errors[field as Exclude<FeedbackField, `sender.${string}`>];
  return error?.message ?? (error && 'root' in error ? error.root?.message : undefined);
}

type AgencyFieldProps = Pick<
  UnitPickerProps<FeedbackAgency>,
  'value' | 'onChange' | 'error' | 'inputRef' | 'onBlur'
>;

/**
 * The agency a feedback goes to: the portal's agency picker over the agencies that take feedback, which are few
 * enough to be loaded once and searched here rather than on the server.
 */
function AgencyField(props: AgencyFieldProps) {
  const agencies = useFeedbackAgencies();
  const [query, setQuery] = useState('');
  const all = agencies.data?.items;
  const matches = useMemo(() => (all ? matchAgencies(all, query) : []), [all, query]);

  return (
    <UnitPicker
      {...props}
      label={texts.feedback.agencyLabel}
      hint={texts.feedback.agencyHint}
      required
      query={query}
      onQueryChange={setQuery}
      search={{
        units: matches,
        words: query.trim(),
        loading: agencies.isPending,
        failed: agencies.isError,
        retry: () => void agencies.refetch(),
      }}
      chosen={props.value ? all?.find((agency) => agency.id === props.value) : undefined}
      chosenFallback={texts.common.loading}
      detailOf={(agency) => texts.feedback.agencyLevels[agency.level]}
      texts={{
        searching: texts.feedback.agencySearching,
        noResults: texts.feedback.agencyNone,
        empty: texts.feedback.agencyEmpty,
      }}
    />
  );
}

function FeedbackForm({ onSent }: { onSent: (sent: SentFeedback) => void }) {
  const id = useId();
  const { citizen } = useSession();
  const [captcha] = useState(createCaptchaSession);
  const { payload: captchaPayload } = useSyncExternalStore(captcha.subscribe, captcha.getSnapshot);
  const agencies = useFeedbackAgencies();
  const submit = useSubmitFeedback();
  const [formError, setFormError] = useState<FormError | null>(null);
  const [uploading, setUploading] = useState(false);
  const [checking, setChecking] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    clearErrors,
    setFocus,
    formState: { errors },
  } = useForm<FeedbackFormValues>({
    resolver: zodResolver(FeedbackFormSchema),
    defaultValues: emptyFeedbackForm(citizen),
    // Focus follows reading order (below), not the order in which the fields registered.
    shouldFocusError: false,
  });
  const attachments = useWatch({ control, name: 'attachments' });
  const content = useWatch({ control, name: 'content' });

  // A session restored after the form appeared still fills in the sender, unless the citizen has typed there.
  useEffect(() => {
    if (!citizen) return;
    const sender = getValues('sender');
    if (Object.values(sender).some((value) => value.trim() !== '')) return;
    setValue('sender', emptyFeedbackForm(citizen).sender);
  }, [citizen, getValues, setValue]);

  useEffect(() => {
    setValue('captcha', captchaPayload);
    if (captchaPayload) clearErrors('captcha');
  }, [captchaPayload, setValue, clearErrors]);

  function focusFirstInvalid(invalid: FieldErrors<FeedbackFormValues>) {
    const first = feedbackFields.find((field) => errorAt(invalid, field) !== undefined);
    if (first) setFocus(first);
  }

  async function send(values: FeedbackFormValues, retried = false): Promise<void> {
    try {
      const receipt: FeedbackReceipt = await submit.mutateAsync(toFeedbackPayload(values));
      const agency = agencies.data?.items.find((item) => item.id === values.unitId);
      onSent({
        receipt,
        agencyName: agency?.name ?? '',
        email: values.sender.email.trim(),
        phone: values.sender.phone.trim(),
      });
    } catch (error) {
      if (!retried && isOnlyCaptchaError(error)) {
        // The payload alone was refused (spent or expired meanwhile): solve a new one and send again, once.
        captcha.renew();
        const fresh = await captcha
          .ensure({ signal: AbortSignal.timeout(CAPTCHA_WAIT_MS), failOnError: true })
          .catch(() => null);
        if (fresh) return send({ ...values, captcha: fresh }, true);
      } else if (isCaptchaError(error)) {
        // The widget must solve a new challenge before the next try.
        captcha.renew();
      }
      const { message, marked } = applyServerErrors(withFormFieldNames(error), feedbackFields, setError);
      setFormError({ message, focus: marked === 0 });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (uploading) {
      setFormError({ message: texts.feedback.uploadsPending, focus: true });
      return;
    }
    // A captcha still being solved (it starts on the first focus, and takes under a second) is waited for rather
    // than reported missing.
    if (!getValues('captcha')) {
      setChecking(true);
      try {
        const payload = await captcha.ensure({
          signal: AbortSignal.timeout(CAPTCHA_WAIT_MS),
          failOnError: true,
        });
        setValue('captcha', payload);
      } catch {
        // Left empty: the form's own check reports it on the captcha.
      } finally {
        setChecking(false);
      }
    }
    await handleSubmit((values) => send(values), focusFirstInvalid)(event);
  }

  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const pending = checking || submit.isPending;
  const categoryError = errors.category?.message;

  return (
    <form className="form feedback-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="form__note">{texts.common.requiredNote}</p>
      <Controller
        control={control}
        name="unitId"
        render={({ field }) => (
          <AgencyField
            value={field.value}
            onChange={(agency) => field.onChange(agency?.id ?? '')}
            inputRef={field.ref}
            onBlur={field.onBlur}
            error={errors.unitId?.message}
          />
        )}
      />

      <fieldset
        className={categoryError ? 'fieldset field--invalid' : 'fieldset'}
        aria-describedby={categoryError ? `${id}-category-error` : undefined}
      >
        <legend className="fieldset__legend">
          {texts.feedback.categoryLegend}
          <span className="field__required" aria-hidden="true">
            {' *'}
          </span>
        </legend>
        {categoryError ? <FieldError id={`${id}-category-error`}>{categoryError}</FieldError> : null}
        <div className="choice-list">
          {FEEDBACK_CATEGORIES.map((category) => (
            <label key={category} className="choice">
              <input
                type="radio"
                value={category}
                // Says "required" to screen readers; the form checks it itself (noValidate).
                required
                aria-invalid={categoryError ? true : undefined}
                aria-describedby={`${id}-category-${category}`}
                {...register('category')}
              />
              <span>
                <span className="choice__title">{FEEDBACK_CATEGORY_LABELS[category]}</span>
                <span className="choice__hint" id={`${id}-category-${category}`}>
                  {texts.feedback.categoryHints[category]}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <TextField
        label={texts.feedback.titleLabel}
        hint={texts.feedback.titleHint}
        autoComplete="off"
        maxLength={200}
        required
        error={errors.title?.message}
        {...register('title')}
      />
      <ContentField
        value={content}
        label={texts.feedback.contentLabel}
        hint={texts.feedback.contentHint}
        limit={FEEDBACK_LIMITS.contentChars}
        rows={10}
        required
        error={errors.content?.message}
        {...register('content')}
      />

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{texts.feedback.relatedLegend}</legend>
        <p className="field__hint">{texts.feedback.relatedHint}</p>
        <div className="feedback-form__pair">
          <TextField
            label={texts.feedback.procedureCodeLabel}
            hint={texts.feedback.procedureCodeHint}
            autoComplete="off"
            spellCheck={false}
            maxLength={30}
            error={errors.procedureCode?.message}
            {...register('procedureCode')}
          />
          <TextField
            label={texts.feedback.dossierCodeLabel}
            hint={texts.feedback.dossierCodeHint}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            error={errors.dossierCode?.message}
            {...register('dossierCode')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{texts.feedback.senderLegend}</legend>
        <p className="field__hint">{texts.feedback.senderHint}</p>
        <TextField
          label={texts.feedback.fullNameLabel}
          autoComplete="name"
          maxLength={120}
          required
          error={errors.sender?.fullName?.message}
          {...register('sender.fullName')}
        />
        <div className="feedback-form__pair">
          <TextField
            label={texts.feedback.emailLabel}
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            maxLength={254}
            error={errors.sender?.email?.message}
            {...register('sender.email')}
          />
          <TextField
            label={texts.feedback.phoneLabel}
            hint={texts.feedback.phoneHint}
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            maxLength={20}
            error={errors.sender?.phone?.message}
            {...register('sender.phone')}
          />
        </div>
        <TextField
          label={texts.feedback.addressLabel}
          autoComplete="street-address"
          maxLength={300}
          error={errors.sender?.address?.message}
          {...register('sender.address')}
        />
      </fieldset>

      <Controller
        control={control}
        name="attachments"
        render={({ field }) => (
          <AttachmentsField
            files={attachments}
            onAdd={(file) => field.onChange([...getValues('attachments'), file])}
            onRemove={(token) => field.onChange(getValues('attachments').filter((f) => f.token !== token))}
            captcha={captcha}
            error={errorAt(errors, 'attachments')}
            fieldRef={field.ref}
            onBusyChange={onBusyChange}
          />
        )}
      />

      <div className={errors.consent ? 'field field--invalid' : 'field'}>
        {errors.consent?.message ? (
          <FieldError id={`${id}-consent-error`}>{errors.consent.message}</FieldError>
        ) : null}
        <label className="choice">
          <input
            type="checkbox"
            aria-required="true"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? `${id}-consent-error` : undefined}
            {...register('consent')}
          />
          <span>{texts.feedback.consentLabel}</span>
        </label>
      </div>

      <Controller
        control={control}
        name="captcha"
        render={({ field }) => (
          <CaptchaField session={captcha} error={errors.captcha?.message} fieldRef={field.ref} />
        )}
      />

      <FormErrorAlert title={texts.feedback.failed} error={formError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--large" disabled={pending}>
          {pending ? texts.feedback.submitting : texts.feedback.submit}
        </button>
      </div>
    </form>
  );
}

/** `/phan-anh/gui`: anyone sends feedback to an agency, then gets its code and a private link. */
export function FeedbackSubmitPage() {
  const [sent, setSent] = useState<SentFeedback | null>(null);
  const [round, setRound] = useState(0);

  if (sent) {
    return (
      <FeedbackSentView
        sent={sent}
        onAnother={() => {
          setSent(null);
          setRound((n) => n + 1);
        }}
      />
    );
  }
  return (
    <div className="page page--narrow feedback-page">
      <DocumentTitle page={texts.feedback.submitTitle} />
      <BackLink to={paths.feedback}>{texts.feedback.backToList}</BackLink>
      <div className="card form-card">
        <h1>{texts.feedback.submitTitle}</h1>
        <p className="lead">{texts.feedback.submitLead}</p>
        <Alert tone="info" title={texts.feedback.scopeTitle}>
          <p>{texts.feedback.scopeText}</p>
        </Alert>
        <FeedbackForm key={round} onSent={setSent} />
      </div>
    </div>
  );
}
