import { zodResolver } from '@hookform/resolvers/zod';
import { ChangePasswordSchema } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';

/** The shared contract plus a second entry of the new password, which only the screen needs. */
const ChangePasswordFormSchema = z
  .intersection(ChangePasswordSchema, z.object({ confirmPassword: z.string() }))
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: texts.profile.passwordsDiffer,
    path: ['confirmPassword'],
  });
type ChangePasswordForm = z.input<typeof ChangePasswordFormSchema>;

const EMPTY: ChangePasswordForm = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const mutation = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordForm>({
    resolver: zodResolver(ChangePasswordFormSchema),
    defaultValues: EMPTY,
  });

  const onSubmit = handleSubmit(({ currentPassword, newPassword }) => {
    setFormError(null);
    mutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          reset(EMPTY);
          onChanged?.();
        },
        onError: (error) => {
          setFormError(applyServerErrors(error, setError, ['currentPassword', 'newPassword']));
        },
      },
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {formError && <Alert tone="danger">{formError}</Alert>}
      <TextField
        label={texts.profile.currentPassword}
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...register('currentPassword')}
      />
      <TextField
        label={texts.profile.newPassword}
        type="password"
        autoComplete="new-password"
        required
        error={errors.newPassword?.message}
        {...register('newPassword')}
      />
      <TextField
        label={texts.profile.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.message}
        {...register('confirmPassword')}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {mutation.isPending ? texts.profile.submitting : texts.profile.submit}
        </Button>
      </div>
    </form>
  );
}
