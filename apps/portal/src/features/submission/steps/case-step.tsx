import { Controller, useFormContext } from 'react-hook-form';
import { ReceivingUnitPicker } from '../../../components/receiving-unit-picker';
import { texts } from '../../../config/texts';
import type { DraftFormValues } from '../draft-form';
import { useWizard } from '../wizard-context';

/** Step 1: which case of the procedure applies, and which agency receives the dossier. */
export function CaseStep() {
  const { procedure, field, recheck } = useWizard();
  const {
    control,
    formState: { errors },
  } = useFormContext<DraftFormValues>();
  const cases = procedure.cases;

  return (
    <div className="form">
      {cases.length > 1 ? (
        <fieldset className="fieldset" aria-describedby="case-hint">
          <legend className="fieldset__legend">{texts.submission.caseLegend}</legend>
          <p className="field__hint" id="case-hint">
            {texts.submission.caseHint}
          </p>
          <div className="choice-list">
            {cases.map((item, index) => (
              <label key={index} className="choice">
                <input type="radio" value={String(index)} {...field('caseIndex')} />
                <span>{item.name}</span>
              </label>
            ))}
          </div>
          {errors.caseIndex?.message ? <p className="field__error">{errors.caseIndex.message}</p> : null}
        </fieldset>
      ) : cases[0] ? (
        <div className="wizard-fact">
          <p className="wizard-fact__label">{texts.submission.caseLegend}</p>
          <p className="wizard-fact__value">{cases[0].name}</p>
        </div>
      ) : null}

      <Controller
        control={control}
        name="receivingUnitId"
        render={({ field: unit, fieldState }) => (
          <ReceivingUnitPicker
            procedureCode={procedure.code}
            value={unit.value}
            onChange={(chosen) => {
              unit.onChange(chosen?.id ?? '');
              recheck('receivingUnitId');
            }}
            onBlur={unit.onBlur}
            inputRef={unit.ref}
            label={texts.submission.unitLabel}
            hint={texts.submission.unitHint}
            error={fieldState.error?.message}
            required
          />
        )}
      />
    </div>
  );
}
