import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { DocumentTitle } from '../../components/document-title';
import { TextAreaField, TextField } from '../../components/field';
import { ReceivingUnitPicker } from '../../components/receiving-unit-picker';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { useCreateQuestion } from './api/create-question';
import { ProcedureChooser } from './procedure-chooser';
import {
  emptyQuestionForm,
  QUESTION_CONTENT_MAX,
  QUESTION_TITLE_MAX,
  questionFields,
  QuestionFormSchema,
  toQuestionPayload,
  type QuestionFormValues,
} from './question-form-schema';
import type { QuestionsLocationState } from './questions-page';
import { myQuestionsHref, procedureCodeOf } from './questions-search';
import './questions.css';

/** `/hoi-dap/dat-cau-hoi[?thu-tuc=1.001193]`: a signed-in citizen asks the agency that receives a procedure. */
export function AskQuestionPage() {
  const [params] = useSearchParams();
  const [initialCode] = useState(() => procedureCodeOf(params));
  const navigate = useNavigate();
  const create = useCreateQuestion();
  const [formError, setFormError] = useState<FormError | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    setFocus,
    formState: { errors },
  } = useForm<QuestionFormValues>({
    resolver: zodResolver(QuestionFormSchema),
    defaultValues: emptyQuestionForm(initialCode),
    // react-hook-form focuses in the order fields registered, and the page registers the text fields before the
    // pickers (children) do: the first invalid field in reading order is focused below instead.
    shouldFocusError: false,
  });
  const procedureCode = useWatch({ control, name: 'procedureCode' });
  const content = useWatch({ control, name: 'content' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create.mutateAsync(toQuestionPayload(values));
      const state: QuestionsLocationState = { sent: true };
      await navigate(myQuestionsHref, { state });
    } catch (error) {
      const { message, marked } = applyServerErrors(error, questionFields, setError);
      // A marked field has the focus already; otherwise the message is the thing to read.
      setFormError({ message, focus: marked === 0 });
    }
  }, focusFirstInvalid);

  function focusFirstInvalid(invalid: FieldErrors<QuestionFormValues>) {
    const first = questionFields.find((name) => invalid[name] !== undefined);
    if (first) setFocus(first);
  }

  return (
    <div className="page page--narrow ask-page">
      <DocumentTitle page={texts.questions.askTitle} />
      <BackLink to={paths.questions}>{texts.questions.backToQuestions}</BackLink>
      <div className="card form-card">
        <h1>{texts.questions.askTitle}</h1>
        <p className="lead">{texts.questions.askLead}</p>
        <FormErrorAlert title={texts.questions.failed} error={formError} />
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <p className="form__note">{texts.common.requiredNote}</p>
          <Controller
            control={control}
            name="procedureCode"
            render={({ field }) => (
              <ProcedureChooser
                value={field.value}
                fieldRef={field.ref}
                error={errors.procedureCode?.message}
                onChange={(code) => {
                  field.onChange(code);
                  // The agencies differ from one procedure to another: the one chosen before no longer applies.
                  setValue('unitId', '');
                  clearErrors('unitId');
                }}
              />
            )}
          />
          <Controller
            control={control}
            name="unitId"
            render={({ field }) =>
              procedureCode ? (
                // Keyed by the procedure: another procedure starts the agency search afresh.
                <ReceivingUnitPicker
                  key={procedureCode}
                  inputRef={field.ref}
                  onBlur={field.onBlur}
                  procedureCode={procedureCode}
                  value={field.value}
                  onChange={(unit) => field.onChange(unit?.id ?? '')}
                  label={texts.questions.unitLabel}
                  hint={texts.questions.unitHint}
                  error={errors.unitId?.message}
                  required
                />
              ) : (
                // Without a procedure there is nothing to choose from yet (the procedure's own error says so).
                <div className="field">
                  <p className="field__label">{texts.questions.unitLabel}</p>
                  <p className="field__hint">{texts.questions.unitNeedsProcedure}</p>
                </div>
              )
            }
          />
          <TextField
            label={texts.questions.titleLabel}
            hint={texts.questions.titleHint}
            autoComplete="off"
            maxLength={QUESTION_TITLE_MAX}
            required
            error={errors.title?.message}
            {...register('title')}
          />
          <div className="ask-content">
            <TextAreaField
              label={texts.questions.contentLabel}
              hint={texts.questions.contentHint}
              rows={8}
              maxLength={QUESTION_CONTENT_MAX}
              required
              error={errors.content?.message}
              {...register('content')}
            />
            <p className="ask-content__count">
              {texts.questions.charCount(content.length, QUESTION_CONTENT_MAX)}
            </p>
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              {create.isPending ? texts.questions.submitting : texts.questions.submit}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
