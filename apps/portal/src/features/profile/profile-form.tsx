import { zodResolver } from '@hookform/resolvers/zod';
import type { Citizen } from '@motcua/shared';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert, FormErrorAlert } from '../../components/alert';
import { TextAreaField, TextField } from '../../components/field';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { applyServerErrors, describeError } from '../../lib/form-errors';
import { useUpdateProfile } from './api/update-profile';
import {
  profileFields,
  ProfileFormSchema,
  rebase,
  toProfileFormValues,
  toProfilePayload,
  type ProfileFormValues,
} from './profile-form-schema';

type Outcome =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'reloaded' }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string; focus: boolean };

function todayInVietnam(): string {
  // en-CA formats as YYYY-MM-DD, the value format of <input type="date">.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

function OutcomeMessage({ outcome, onReload }: { outcome: Outcome; onReload: () => void }) {
  switch (outcome.kind) {
    case 'saved':
      return <Alert tone="success" title={texts.profile.saved} />;
    case 'unchanged':
      return <Alert tone="info" title={texts.profile.noChanges} />;
    case 'reloaded':
      return <Alert tone="info" title={texts.profile.reloaded} />;
    case 'conflict':
      return (
        <Alert tone="error" title={texts.profile.conflictTitle} focusOnMount>
          <p>{outcome.message}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {texts.profile.conflictReload}
          </button>
        </Alert>
      );
    case 'error':
      return <FormErrorAlert title={texts.profile.saveFailed} error={outcome} />;
  }
}

type ProfileFormProps = {
  citizen: Citizen;
  /** Fetches the profile again; resolves to the fresh data, if any. */
  onReload: () => Promise<Citizen | undefined>;
};

export function ProfileForm({ citizen, onReload }: ProfileFormProps) {
  // The server version the typed values start from; it goes with the update so a concurrent change is detected.
  const [base, setBase] = useState(citizen);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const update = useUpdateProfile();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<ProfileFormValues>({
    resolver: zodResolver(ProfileFormSchema),
    defaultValues: toProfileFormValues(citizen),
  });

  useEffect(() => {
    const next = rebase(base, citizen, isDirty);
    if (next.base === base) return;
    setBase(next.base);
    if (next.resetForm) reset(toProfileFormValues(next.base));
  }, [base, citizen, isDirty, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    if (!isDirty) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    try {
      const saved = await update.mutateAsync(toProfilePayload(values, base.version));
      setBase(saved);
      // The server normalises what it stores (+84 → 0, lower-case email): show exactly that.
      reset(toProfileFormValues(saved));
      setOutcome({ kind: 'saved' });
    } catch (error) {
      if (isApiError(error) && error.code === 'version_conflict') {
        setOutcome({ kind: 'conflict', message: describeError(error) });
        return;
      }
      const { message, marked } = applyServerErrors(error, profileFields, setError);
      setOutcome({ kind: 'error', message, focus: marked === 0 });
    }
  });

  async function reload() {
    const fresh = await onReload();
    if (!fresh) return;
    setBase(fresh);
    reset(toProfileFormValues(fresh));
    setOutcome({ kind: 'reloaded' });
  }

  return (
    <section className="card" aria-labelledby="profile-edit-heading">
      <h2 id="profile-edit-heading" className="card__heading">
        {texts.profile.editHeading}
      </h2>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <p className="form__note">{texts.common.requiredNote}</p>
        <TextField
          label={texts.auth.fullName}
          autoComplete="name"
          required
          error={errors.fullName?.message}
          {...register('fullName')}
        />
        <TextField
          label={texts.auth.identificationNumber}
          hint={texts.profile.identificationNumberHint}
          value={citizen.identificationNumber}
          readOnly
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{texts.auth.contactGroup}</legend>
          <p className="field__hint">{texts.auth.contactHint}</p>
          <TextField
            label={texts.auth.phone}
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
        <TextField
          label={texts.profile.dateOfBirth}
          type="date"
          autoComplete="bday"
          max={todayInVietnam()}
          error={errors.dateOfBirth?.message}
          {...register('dateOfBirth')}
        />
        <TextAreaField
          label={texts.profile.address}
          hint={texts.profile.addressHint}
          autoComplete="street-address"
          rows={3}
          error={errors.address?.message}
          {...register('address')}
        />
        {outcome ? <OutcomeMessage outcome={outcome} onReload={() => void reload()} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? texts.common.saving : texts.profile.save}
          </button>
        </div>
      </form>
    </section>
  );
}
