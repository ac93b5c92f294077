import { zodResolver } from '@hookform/resolvers/zod';
import { LoginSchema, type Login } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Checkbox, TextField } from '../../../components/field';
import { Emblem } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/login';

type LoginFailure = { title: string; detail?: string | undefined };

function describeFailure(error: unknown, fallback: string): LoginFailure {
  if (isApiError(error) && error.code === 'invalid_credentials')
    return { title: texts.auth.invalidCredentials };
  // The server says when the lock ends or whom to ask: show its words.
  if (isApiError(error) && error.code === 'account_locked') {
    return { title: texts.auth.accountLocked, detail: error.detail };
  }
  return { title: fallback };
}

/** Sign-in for officers. A notice explains why they are here when their session ended or they signed out. */
export function LoginPage({ notice }: { notice?: string | null }) {
  const login = useLogin();
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    setFocus,
    formState: { errors },
  } = useForm<Login>({
    resolver: zodResolver(LoginSchema),
    defaultValues: { username: '', password: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFailure(null);
    login.mutate(values, {
      onError: (error) => {
        const message = applyServerErrors(error, setError, ['username', 'password']);
        setFailure(describeFailure(error, message));
        if (isApiError(error) && error.code === 'invalid_credentials') {
          resetField('password');
          setFocus('password');
        }
      },
    });
  });

  return (
    <div className="login-screen">
      <section className="login-brand" aria-labelledby="login-brand-title">
        <Emblem width={56} height={56} />
        <p id="login-brand-title" className="login-brand-title">
          {texts.app.name}
        </p>
        <p className="login-brand-subtitle">{texts.app.footer}</p>
      </section>
      <main className="login-main" id="main">
        <div className="login-card">
          <h1 className="login-title">{texts.auth.loginTitle}</h1>
          <p className="login-intro">{texts.auth.loginIntro}</p>
          {notice && !failure && <Alert tone="info">{notice}</Alert>}
          {failure && (
            <Alert tone="danger" title={failure.title}>
              {failure.detail}
            </Alert>
          )}
          <form className="form" onSubmit={onSubmit} noValidate>
            <TextField
              label={texts.auth.username}
              hint={texts.auth.usernameHint}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.username?.message}
              {...register('username')}
            />
            <TextField
              label={texts.auth.password}
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              error={errors.password?.message}
              {...register('password')}
            />
            <Checkbox
              label={texts.auth.showPassword}
              checked={showPassword}
              onChange={(event) => setShowPassword(event.target.checked)}
            />
            <Button type="submit" variant="primary" className="btn-block" busy={login.isPending}>
              {login.isPending ? texts.auth.submitting : texts.auth.submit}
            </Button>
          </form>
        </div>
      </main>
    </div>
  );
}
