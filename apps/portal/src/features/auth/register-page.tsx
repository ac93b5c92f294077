import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate } from 'react-router';
import { FormErrorAlert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { NewPasswordFields, TextField } from '../../components/field';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { applyServerErrors, type FormError } from '../../lib/form-errors';
import { useSession } from '../../lib/session';
import { useRegister } from './api/register';
import {
  emptyRegisterForm,
  registerFields,
  RegisterFormSchema,
  toRegisterPayload,
  type RegisterFormValues,
} from './register-form-schema';

export function RegisterPage() {
  const { status } = useSession();
  const registration = useRegister();
  const [formError, setFormError] = useState<FormError | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RegisterFormValues>({
    resolver: zodResolver(RegisterFormSchema),
    defaultValues: emptyRegisterForm,
  });

  // Registration signs the citizen in; the profile is where they check what they entered.
  if (status === 'signed-in') return <Navigate to={paths.profile} replace />;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await registration.mutateAsync(toRegisterPayload(values));
    } catch (error) {
      const { message, marked } = applyServerErrors(error, registerFields, setError);
      // A marked field has the focus already; otherwise the message is the thing to read.
      setFormError({ message, focus: marked === 0 });
    }
  });

  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.auth.registerTitle} />
      <div className="card form-card">
        <h1>{texts.auth.registerTitle}</h1>
        <p className="lead">{texts.auth.registerLead}</p>
        <FormErrorAlert title={texts.auth.registerFailed} error={formError} />
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <p className="form__note">{texts.common.requiredNote}</p>
          <TextField
            label={texts.auth.fullName}
            hint={texts.auth.fullNameHint}
            autoComplete="name"
            required
            error={errors.fullName?.message}
            {...register('fullName')}
          />
          <TextField
            label={texts.auth.identificationNumber}
            hint={texts.auth.identificationNumberHint}
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            required
            error={errors.identificationNumber?.message}
            {...register('identificationNumber')}
          />
          <fieldset className="fieldset">
            <legend className="fieldset__legend">{texts.auth.contactGroup}</legend>
            <p className="field__hint">{texts.auth.contactHint}</p>
            <TextField
              label={texts.auth.phone}
              hint={texts.auth.phoneHint}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              error={errors.phone?.message}
              {...register('phone')}
            />
            <TextField
              label={texts.auth.email}
              type="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.email?.message}
              {...register('email')}
            />
          </fieldset>
          <NewPasswordFields
            labels={{ password: texts.auth.password, confirmation: texts.auth.confirmPassword }}
            errors={{ password: errors.password?.message, confirmation: errors.confirmPassword?.message }}
            password={register('password')}
            confirmation={register('confirmPassword')}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={registration.isPending}
          >
            {registration.isPending ? texts.auth.registerSubmitting : texts.auth.registerSubmit}
          </button>
        </form>
        <p className="form-card__switch">
          {texts.auth.haveAccount} <Link to={paths.login}>{texts.auth.toLogin}</Link>
        </p>
      </div>
    </div>
  );
}
