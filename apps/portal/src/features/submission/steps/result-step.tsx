import { RESULT_METHOD_LABELS, RESULT_METHODS } from '@motcua/shared';
import { useFormContext, useWatch } from 'react-hook-form';
import { TextAreaField } from '../../../components/field';
import { texts } from '../../../config/texts';
import { DELIVERY_ADDRESS_MAX_LENGTH, type DraftFormValues } from '../draft-form';
import { useWizard } from '../wizard-context';

/** Step 4: how the result comes back; by post, to which address. */
export function ResultStep() {
  const { field } = useWizard();
  const {
    getValues,
    setValue,
    formState: { errors },
  } = useFormContext<DraftFormValues>();
  const method = useWatch<DraftFormValues, 'resultMethod'>({ name: 'resultMethod' });
  const register = field('resultMethod');

  return (
    <div className="form">
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{texts.submission.resultLegend}</legend>
        <div className="choice-list">
          {RESULT_METHODS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                value={value}
                aria-describedby={`result-${value}-hint`}
                {...register}
                onChange={(event) => {
                  void register.onChange(event);
                  // The post usually goes where the applicant lives: start from that address.
                  if (event.target.value === 'post' && getValues('deliveryAddress').trim() === '') {
                    setValue('deliveryAddress', getValues('applicant.address'));
                  }
                }}
              />
              <span>
                <span className="choice__title">{RESULT_METHOD_LABELS[value]}</span>
                <span className="choice__hint" id={`result-${value}-hint`}>
                  {texts.submission.resultHints[value]}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {method === 'post' ? (
        <TextAreaField
          label={texts.submission.deliveryAddress}
          hint={texts.submission.deliveryAddressHint}
          autoComplete="street-address"
          rows={3}
          maxLength={DELIVERY_ADDRESS_MAX_LENGTH}
          required
          error={errors.deliveryAddress?.message}
          {...field('deliveryAddress')}
        />
      ) : null}
    </div>
  );
}
