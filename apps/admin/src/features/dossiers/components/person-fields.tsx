import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { TextField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import type { IntakeFormValues } from '../lib/intake-form';

/** Identity and contact of the applicant or of the person they authorised, as slip 01 prints them. */
export function PersonFields({
  owner,
  register,
  errors,
}: {
  owner: 'applicant' | 'authorisedPerson';
  register: UseFormRegister<IntakeFormValues>;
  errors: FieldErrors<IntakeFormValues>;
}) {
  const t = texts.dossiers.intake;
  const e = errors[owner];
  return (
    <div className="form">
      <div className="form-row">
        <TextField
          label={t.fullName}
          required
          autoComplete="off"
          error={e?.fullName?.message}
          {...register(`${owner}.fullName`)}
        />
        <TextField
          label={t.idNumber}
          hint={t.idNumberHint}
          required
          inputMode="numeric"
          maxLength={12}
          autoComplete="off"
          className="mono-input"
          error={e?.identificationNumber?.message}
          {...register(`${owner}.identificationNumber`)}
        />
      </div>
      <TextField
        label={t.address}
        required
        autoComplete="off"
        error={e?.address?.message}
        {...register(`${owner}.address`)}
      />
      <div className="form-row form-row-3">
        <TextField
          label={t.dateOfBirth}
          type="date"
          error={e?.dateOfBirth?.message}
          {...register(`${owner}.dateOfBirth`)}
        />
        <TextField
          label={t.phone}
          type="tel"
          autoComplete="off"
          error={e?.phone?.message}
          {...register(`${owner}.phone`)}
        />
        <TextField
          label={t.email}
          type="email"
          autoComplete="off"
          error={e?.email?.message}
          {...register(`${owner}.email`)}
        />
      </div>
    </div>
  );
}
