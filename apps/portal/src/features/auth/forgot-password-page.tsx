import { zodResolver } from '@hookform/resolvers/zod';
import { PasswordResetRequestSchema } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { Alert, FormErrorAlert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { TextField } from '../../components/field';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { useRequestPasswordReset } from './api/request-password-reset';

type ForgotFormInput = z.input<typeof PasswordResetRequestSchema>;
type ForgotFormOutput = z.output<typeof PasswordResetRequestSchema>;
const forgotFields = ['login'] as const;

export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [formError, setFormError] = useState<FormError | null>(null);
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ForgotFormInput, unknown, ForgotFormOutput>({
    resolver: zodResolver(PasswordResetRequestSchema),
    defaultValues: { login: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSent(false);
    try {
      await request.mutateAsync(values);
      setSent(true);
    } catch (error) {
      const { message, marked } = applyServerErrors(error, forgotFields, setError);
      setFormError({ message, focus: marked === 0 });
    }
  });

  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.auth.forgotTitle} />
      <div className="card form-card">
        <h1>{texts.auth.forgotTitle}</h1>
        <p className="lead">{texts.auth.forgotLead}</p>
        {sent ? (
          // The same words whether or not the account exists: the page must not reveal who is registered.
          <Alert tone="success" title={texts.auth.forgotSentTitle} focusOnMount>
            <p>{texts.auth.forgotSent}</p>
            <p>{texts.auth.forgotSentHint}</p>
          </Alert>
        ) : null}
        <FormErrorAlert title={texts.auth.forgotFailed} error={formError} />
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <TextField
            label={texts.auth.loginField}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={errors.login?.message}
            {...register('login')}
          />
          <button type="submit" className="button button--primary button--block" disabled={request.isPending}>
            {request.isPending
              ? texts.auth.forgotSubmitting
              : sent
                ? texts.auth.forgotAgain
                : texts.auth.forgotSubmit}
          </button>
        </form>
        <p className="form-card__switch">
          <Link to={paths.login}>{texts.auth.backToLogin}</Link>
        </p>
      </div>
    </div>
  );
}
