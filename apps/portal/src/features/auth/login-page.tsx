import { zodResolver } from '@hookform/resolvers/zod';
import { CitizenLoginSchema, type CitizenLogin } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { PasswordField, TextField } from '../../components/field';
import { paths, REDIRECT_PARAM } from '../../config/paths';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { safeRedirect } from '../../lib/redirect';
import { useSession } from '../../lib/session';
import { useLogin } from './api/login';

const loginFields = ['login', 'password'] as const;

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const next = safeRedirect(searchParams.get(REDIRECT_PARAM), paths.profile, [paths.login, paths.register]);
  const { status } = useSession();
  const login = useLogin();
  const [formError, setFormError] = useState<FormError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CitizenLogin>({
    resolver: zodResolver(CitizenLoginSchema),
    defaultValues: { login: '', password: '' },
  });

  // Signed in (just now, or already when the page was opened): continue where the citizen was heading.
  if (status === 'signed-in') return <Navigate to={next} replace />;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await login.mutateAsync(values);
    } catch (error) {
      const { message, marked } = applyServerErrors(error, loginFields, setError);
      // Wrong credentials mark no field: bring the message into view and to the screen reader instead.
      setFormError({ message, focus: marked === 0 });
    }
  });

  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.auth.loginTitle} />
      <div className="card form-card">
        <h1>{texts.auth.loginTitle}</h1>
        <p className="lead">{texts.auth.loginLead}</p>
        <FormErrorAlert title={texts.auth.loginFailed} error={formError} />
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
          <PasswordField
            label={texts.auth.password}
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...register('password')}
          />
          <p className="form__note">
            <Link to={paths.forgotPassword}>{texts.auth.forgotLink}</Link>
          </p>
          <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
            {login.isPending ? texts.auth.loginSubmitting : texts.auth.loginSubmit}
          </button>
        </form>
        <p className="form-card__switch">
          {texts.auth.noAccount} <Link to={paths.register}>{texts.auth.toRegister}</Link>
        </p>
      </div>
    </div>
  );
}
