import { useFormContext, useWatch } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { TextAreaField, TextField } from '../../../components/field';
import { texts } from '../../../config/texts';
import { describeError } from '../../../lib/form-errors';
import { useAccount } from '../api/get-account';
import { PERSON_MAX_LENGTH, personFromAccount, type DraftFormValues } from '../draft-form';
import { useWizard } from '../wizard-context';

type Who = 'applicant' | 'authorisedPerson';

function todayInVietnam(): string {
  // en-CA formats as YYYY-MM-DD, the value format of <input type="date">.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** The person's inputs, with a button that fills them from the citizen's account. */
function PersonFields({ who, legend, lead }: { who: Who; legend: string; lead?: string }) {
  const { field } = useWizard();
  const {
    setValue,
    formState: { errors },
  } = useFormContext<DraftFormValues>();
  const account = useAccount();
  const personErrors = errors[who];
  const id = `${who}-legend`;

  function fill() {
    void account.refetch().then(({ data }) => {
      if (!data) return;
      const person = personFromAccount(data);
      for (const [key, value] of Object.entries(person)) {
        setValue(`${who}.${key as keyof typeof person}`, value, { shouldDirty: true, shouldValidate: true });
      }
    });
  }

  return (
    <fieldset className="fieldset" aria-labelledby={id}>
      <legend className="fieldset__legend" id={id}>
        {legend}
      </legend>
      {lead ? <p className="field__hint">{lead}</p> : null}
      <div className="person-fill">
        <button
          type="button"
          className="button button--secondary"
          onClick={fill}
          disabled={account.isFetching}
        >
          {account.isFetching ? texts.submission.fillingFromAccount : texts.submission.fillFromAccount}
        </button>
      </div>
      {account.isError ? (
        <Alert tone="error" title={texts.submission.fillFromAccountFailed}>
          <p>{describeError(account.error)}</p>
        </Alert>
      ) : null}
      <div className="person-grid">
        <TextField
          label={texts.auth.fullName}
          hint={texts.auth.fullNameHint}
          autoComplete={who === 'applicant' ? 'name' : 'off'}
          maxLength={PERSON_MAX_LENGTH.fullName}
          required
          error={personErrors?.fullName?.message}
          {...field(`${who}.fullName`)}
        />
        <TextField
          label={texts.auth.identificationNumber}
          hint={texts.auth.identificationNumberHint}
          inputMode="numeric"
          autoComplete="off"
          maxLength={PERSON_MAX_LENGTH.identificationNumber}
          required
          error={personErrors?.identificationNumber?.message}
          {...field(`${who}.identificationNumber`)}
        />
        <TextField
          label={texts.profile.dateOfBirth}
          type="date"
          max={todayInVietnam()}
          autoComplete={who === 'applicant' ? 'bday' : 'off'}
          error={personErrors?.dateOfBirth?.message}
          {...field(`${who}.dateOfBirth`)}
        />
        <TextField
          label={texts.auth.phone}
          hint={texts.auth.phoneHint}
          type="tel"
          inputMode="tel"
          autoComplete={who === 'applicant' ? 'tel' : 'off'}
          maxLength={PERSON_MAX_LENGTH.phone}
          error={personErrors?.phone?.message}
          {...field(`${who}.phone`)}
        />
        <TextField
          label={texts.auth.email}
          type="email"
          autoComplete={who === 'applicant' ? 'email' : 'off'}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={PERSON_MAX_LENGTH.email}
          error={personErrors?.email?.message}
          {...field(`${who}.email`)}
        />
      </div>
      <TextAreaField
        label={texts.profile.address}
        hint={texts.submission.addressHint}
        autoComplete={who === 'applicant' ? 'street-address' : 'off'}
        rows={2}
        maxLength={PERSON_MAX_LENGTH.address}
        required
        error={personErrors?.address?.message}
        {...field(`${who}.address`)}
      />
    </fieldset>
  );
}

/** Step 2: the applicant (pre-filled from the account) and, when filing for someone, the authorised person. */
export function ApplicantStep() {
  const { field } = useWizard();
  const onBehalf = useWatch<DraftFormValues, 'onBehalf'>({ name: 'onBehalf' });

  return (
    <div className="form">
      <p className="form__note">{texts.common.requiredNote}</p>
      <PersonFields
        who="applicant"
        legend={texts.submission.applicantLegend}
        lead={texts.submission.applicantLead}
      />
      <div className="check">
        <input type="checkbox" id="on-behalf" aria-describedby="on-behalf-hint" {...field('onBehalf')} />
        <div>
          <label htmlFor="on-behalf" className="check__label">
            {texts.submission.onBehalf}
          </label>
          <p className="field__hint" id="on-behalf-hint">
            {texts.submission.onBehalfHint}
          </p>
        </div>
      </div>
      {onBehalf ? <PersonFields who="authorisedPerson" legend={texts.submission.authorisedLegend} /> : null}
    </div>
  );
}
