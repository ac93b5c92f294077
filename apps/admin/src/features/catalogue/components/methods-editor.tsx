import { CHANNELS, TIME_UNITS, type ProcedureContent } from '@motcua/shared';
import { useRef } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button';
import { Fieldset, SelectField, TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import {
  emptyMethod,
  nextChannel,
  type MethodFormValues,
  type ProcedureFormValues,
} from '../lib/procedure-form';
import { EditorSection, RepeatGroup } from './editor-section';

type Form = UseFormReturn<ProcedureFormValues, unknown, ProcedureContent>;

const t = texts.catalogue.editor;

/** Methods per channel: time limit, unit and fee; each channel at most once. */
export function MethodsEditor({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'methods' });
  const methods = useWatch({ control: form.control, name: 'methods' });
  const next = nextChannel(methods);
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = form.formState.errors.methods;

  return (
    <EditorSection
      title={texts.catalogue.content.methods}
      intro={t.methodsIntro}
      error={listError?.message ?? listError?.root?.message}
    >
      <div className="cat-groups">
        {fields.map((field, index) => (
          <MethodFields
            key={field.id}
            form={form}
            index={index}
            canRemove={fields.length > 1}
            onRemove={() => {
              remove(index);
              addButton.current?.focus();
            }}
          />
        ))}
      </div>
      <div className="cat-add">
        <Button
          ref={addButton}
          size="sm"
          disabled={next === undefined}
          onClick={() => next && append(emptyMethod(next))}
        >
          <PlusIcon width={16} height={16} />
          {t.addMethod}
        </Button>
        {next === undefined && <span className="muted">{t.allChannelsUsed}</span>}
      </div>
    </EditorSection>
  );
}

function MethodFields({
  form,
  index,
  canRemove,
  onRemove,
}: {
  form: Form;
  index: number;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const { register, control } = form;
  // Undefined for the one render in which a removed row unmounts.
  const method = useWatch({ control, name: `methods.${index}` }) as MethodFormValues | undefined;
  const others = useWatch({ control, name: 'methods' }).filter((_, i) => i !== index);
  const errors = form.formState.errors.methods?.[index];
  const n = index + 1;
  return (
    <RepeatGroup
      legend={t.methodLegend(n, texts.catalogue.channels[method?.channel ?? 'direct'])}
      actions={
        <Button
          size="sm"
          variant="ghost"
          onClick={onRemove}
          disabled={!canRemove}
          aria-label={t.removeMethod(n)}
        >
          {t.remove}
        </Button>
      }
    >
      <div className="cat-form-row-3">
        <SelectField
          label={texts.catalogue.content.channel}
          required
          error={errors?.channel?.message}
          {...register(`methods.${index}.channel`)}
        >
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel} disabled={others.some((m) => m.channel === channel)}>
              {texts.catalogue.channels[channel]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.amount}
          type="number"
          inputMode="numeric"
          min={0}
          max={3650}
          step={1}
          required
          error={errors?.timeLimit?.amount?.message}
          {...register(`methods.${index}.timeLimit.amount`)}
        />
        <SelectField
          label={t.unit}
          required
          error={errors?.timeLimit?.unit?.message}
          {...register(`methods.${index}.timeLimit.unit`)}
        >
          {TIME_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {texts.catalogue.timeUnits[unit]}
            </option>
          ))}
        </SelectField>
      </div>
      <Fieldset legend={t.feeLegend} className="cat-fee">
        <div className="cat-fee-row">
          <div className="cat-radio-list">
            <label className="cat-radio">
              <input type="radio" value="fixed" {...register(`methods.${index}.feeMode`)} />
              {t.feeFixed}
            </label>
            <label className="cat-radio">
              <input type="radio" value="council" {...register(`methods.${index}.feeMode`)} />
              {t.feeCouncil}
            </label>
          </div>
          {/* A council-set fee has no amount: the box goes away rather than sitting there disabled. */}
          {method?.feeMode !== 'council' && (
            <TextField
              label={t.feeVnd}
              type="number"
              inputMode="numeric"
              min={0}
              step={1000}
              required
              className="cat-fee-amount"
              error={errors?.feeVnd?.message}
              {...register(`methods.${index}.feeVnd`)}
            />
          )}
        </div>
      </Fieldset>
      <div className="form-row">
        <TextField
          label={t.feeText}
          hint={t.feeTextHint}
          error={errors?.feeText?.message}
          {...register(`methods.${index}.feeText`)}
        />
        <TextField label={t.note} error={errors?.note?.message} {...register(`methods.${index}.note`)} />
      </div>
    </RepeatGroup>
  );
}
