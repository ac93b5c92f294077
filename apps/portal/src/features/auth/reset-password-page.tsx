import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { Alert, FormErrorAlert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { NewPasswordFields } from '../../components/field';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { useConfirmPasswordReset } from './api/confirm-password-reset';
import {
  emptyResetPasswordForm,
  isResetLinkRefused,
  RESET_TOKEN_PARAM,
  ResetPasswordFormSchema,
  resetPasswordFields,
  toResetPayload,
  wellFormedResetToken,
  type ResetPasswordFormValues,
} from './reset-password-form-schema';

function LinkRefused() {
  return (
    <>
      <Alert tone="error" title={texts.auth.resetLinkInvalidTitle} focusOnMount>
        <p>{texts.auth.resetLinkInvalid}</p>
      </Alert>
      <Link className="button button--primary button--block" to={paths.forgotPassword}>
        {texts.auth.requestNewLink}
      </Link>
    </>
  );
}

function ResetDone() {
  return (
    <>
      <Alert tone="success" title={texts.auth.resetDoneTitle} focusOnMount>
        <p>{texts.auth.resetDone}</p>
      </Alert>
      <Link className="button button--primary button--block" to={paths.login}>
        {texts.auth.loginSubmit}
      </Link>
    </>
  );
}

function ResetForm({
  token,
  onRefused,
  onDone,
}: {
  token: string;
  onRefused: () => void;
  onDone: () => void;
}) {
  const confirm = useConfirmPasswordReset();
  const [formError, setFormError] = useState<FormError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ResetPasswordFormValues>({
    resolver: zodResolver(ResetPasswordFormSchema),
    defaultValues: emptyResetPasswordForm,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await confirm.mutateAsync(toResetPayload(values, token));
      onDone();
    } catch (error) {
      if (isResetLinkRefused(error)) {
        onRefused();
        return;
      }
      const { message, marked } = applyServerErrors(error, resetPasswordFields, setError);
      setFormError({ message, focus: marked === 0 });
    }
  });

  return (
    <>
      <FormErrorAlert title={texts.auth.resetFailed} error={formError} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <NewPasswordFields
          labels={{ password: texts.auth.newPassword, confirmation: texts.auth.confirmNewPassword }}
          errors={{ password: errors.newPassword?.message, confirmation: errors.confirmNewPassword?.message }}
          password={register('newPassword')}
          confirmation={register('confirmNewPassword')}
        />
        <button type="submit" className="button button--primary button--block" disabled={confirm.isPending}>
          {confirm.isPending ? texts.auth.resetSubmitting : texts.auth.resetSubmit}
        </button>
      </form>
    </>
  );
}

/** Opened from the link in the reset e-mail or SMS: `/dat-lai-mat-khau?ma=<token>`. */
export function ResetPasswordPage() {
  const [search] = useSearchParams();
  const token = search.get(RESET_TOKEN_PARAM);
  const [outcome, setOutcome] = useState<'refused' | 'done' | null>(null);
  const refused = outcome === 'refused' || !wellFormedResetToken(token);

  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.auth.resetTitle} />
      <div className="card form-card">
        <h1>{texts.auth.resetTitle}</h1>
        {outcome === 'done' ? (
          <ResetDone />
        ) : refused || token === null ? (
          <LinkRefused />
        ) : (
          <>
            <p className="lead">{texts.auth.resetLead}</p>
            <ResetForm
              token={token}
              onRefused={() => setOutcome('refused')}
              onDone={() => setOutcome('done')}
            />
          </>
        )}
        {outcome === 'done' ? null : (
          <p className="form-card__switch">
            <Link to={paths.login}>{texts.auth.backToLogin}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
