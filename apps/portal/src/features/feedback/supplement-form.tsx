import { zodResolver } from '@hookform/resolvers/zod';
import { FEEDBACK_LIMITS } from '@motcua/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { FormErrorAlert } from '../../components/alert';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { accessKeyFromInput } from './access-key';
import { useSubmitFeedbackSupplement } from './api/submit-feedback-supplement';
import { AttachmentsField } from './attachments-field';
import { CaptchaField } from './captcha-field';
import { createCaptchaSession } from './captcha-session';
import { ContentField } from './content-field';
import { withFormFieldNames } from './feedback-form-schema';
import { AccessKeyField, type SenderKey } from './sender-key';
import {
  emptySupplementForm,
  supplementFields,
  supplementFormSchema,
  toSupplementPayload,
  type SupplementFormValues,
} from './supplement-form-schema';
import { isStateConflict, isWrongKey } from './tracking-form-schema';

type SupplementFormProps = {
  code: string;
  senderKey: SenderKey;
  onSent: () => void;
  /** The feedback moved on meanwhile (409): the page reloads it. */
  onConflict: () => void;
};

/**
 * The information the agency asked for, with up to five files, added to the same feedback. Without the sender's key
 * (the private link not opened in this tab) the form asks for it too; a refused key keeps what was typed.
 */
export function SupplementForm({ code, senderKey, onSent, onConflict }: SupplementFormProps) {
  const [captcha] = useState(createCaptchaSession);
  const submit = useSubmitFeedbackSupplement();
  const [formError, setFormError] = useState<FormError | null>(null);
  const [uploading, setUploading] = useState(false);
  const askKey = senderKey.key === null;
  const resolver = useMemo(() => zodResolver(supplementFormSchema(askKey)), [askKey]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    getValues,
    formState: { errors },
  } = useForm<SupplementFormValues>({ resolver, defaultValues: emptySupplementForm });
  const content = useWatch({ control, name: 'content' });
  const attachments = useWatch({ control, name: 'attachments' });
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);

  // A key from the link or the tab was refused: the key field appears, and the citizen goes there.
  useEffect(() => {
    if (senderKey.rejected) setFocus('accessKey');
  }, [senderKey.rejected, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (uploading) {
      setFormError({ message: texts.feedback.uploadsPending, focus: true });
      return;
    }
    const accessKey = senderKey.key ?? accessKeyFromInput(values.accessKey);
    try {
      await submit.mutateAsync({ code, accessKey, ...toSupplementPayload(values) });
      if (askKey) senderKey.use(accessKey);
      onSent();
    } catch (error) {
      if (isWrongKey(error)) {
        if (askKey) setError('accessKey', { message: texts.feedback.keyWrong }, { shouldFocus: true });
        else senderKey.reject(accessKey);
        return;
      }
      if (isStateConflict(error)) {
        setFormError({ message: texts.feedback.notAwaitingInfo, focus: true });
        onConflict();
        return;
      }
      const { message, marked } = applyServerErrors(withFormFieldNames(error), supplementFields, setError);
      setFormError({ message, focus: marked === 0 });
    }
  });

  const keyError = errors.accessKey?.message ?? (senderKey.rejected ? texts.feedback.keyWrong : undefined);

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3 className="feedback-section__subheading">{texts.feedback.supplementHeading}</h3>
      {askKey ? <AccessKeyField required error={keyError} {...register('accessKey')} /> : null}
      <ContentField
        value={content}
        label={texts.feedback.supplementContentLabel}
        hint={texts.feedback.supplementContentHint}
        limit={FEEDBACK_LIMITS.contentChars}
        rows={6}
        required
        error={errors.content?.message}
        {...register('content')}
      />
      <Controller
        control={control}
        name="attachments"
        render={({ field }) => (
          <AttachmentsField
            files={attachments}
            onAdd={(file) => field.onChange([...getValues('attachments'), file])}
            onRemove={(token) => field.onChange(getValues('attachments').filter((f) => f.token !== token))}
            captcha={captcha}
            error={errors.attachments?.message ?? errors.attachments?.root?.message}
            fieldRef={field.ref}
            onBusyChange={onBusyChange}
          />
        )}
      />
      <CaptchaField session={captcha} required={false} hint={texts.feedback.captchaUploadHint} />
      <FormErrorAlert title={texts.feedback.supplementFailed} error={formError} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? texts.feedback.supplementSubmitting : texts.feedback.supplementSubmit}
        </button>
      </div>
    </form>
  );
}
