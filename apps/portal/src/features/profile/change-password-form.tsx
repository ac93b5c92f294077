import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, FormErrorAlert } from '../../components/alert';
import { NewPasswordFields, PasswordField } from '../../components/field';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { useChangePassword } from './api/change-password';
import {
  emptyPasswordForm,
  passwordFields,
  PasswordFormSchema,
  toChangePasswordPayload,
  type PasswordFormValues,
} from './profile-form-schema';

/** `login` is the citizen's phone or email, for password managers. */
export function ChangePasswordForm({ login }: { login: string }) {
  const change = useChangePassword();
  const [outcome, setOutcome] = useState<FormError | 'changed' | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<PasswordFormValues>({
    resolver: zodResolver(PasswordFormSchema),
    defaultValues: emptyPasswordForm,
  });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    try {
      await change.mutateAsync(toChangePasswordPayload(values));
      reset(emptyPasswordForm);
      setOutcome('changed');
    } catch (error) {
      const { message, marked } = applyServerErrors(error, passwordFields, setError);
      setOutcome({ message, focus: marked === 0 });
    }
  });

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading" className="card__heading">
        {texts.profile.passwordHeading}
      </h2>
      <p className="card__lead">{texts.profile.passwordLead}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={login} hidden readOnly />
        <PasswordField
          label={texts.profile.currentPassword}
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
          {...register('currentPassword')}
        />
        <NewPasswordFields
          labels={{ password: texts.profile.newPassword, confirmation: texts.profile.confirmNewPassword }}
          errors={{ password: errors.newPassword?.message, confirmation: errors.confirmNewPassword?.message }}
          password={register('newPassword')}
          confirmation={register('confirmNewPassword')}
        />
        {outcome === 'changed' ? <Alert tone="success" title={texts.profile.passwordChanged} /> : null}
        <FormErrorAlert title={texts.profile.passwordFailed} error={outcome === 'changed' ? null : outcome} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? texts.common.saving : texts.profile.changePassword}
          </button>
        </div>
      </form>
    </section>
  );
}
