import { useId, useRef, useState } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../../components/button';
import { PlusIcon } from '../../../components/icons';
import type { TemplateForm } from '../lib/template-resolver';
import { emptyRule } from '../lib/template-form';
import { t } from '../lib/texts';
import { CellError, describedBy } from './cell-error';
import { ColumnPicker, columnOptions } from './column-picker';

const e = t.editor;

/** The `at_most` rules: a column is never more than the sum of others on the same row, with the message to show. */
export function RulesEditor({ form }: { form: TemplateForm }) {
  const { control, register } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'definition.rules' });
  const columns = useWatch({ control, name: 'definition.columns' });
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const options = columnOptions(columns);

  function removeAt(index: number) {
    remove(index);
    setAnnouncement(e.ruleRemoved(index + 1));
    addButton.current?.focus();
  }

  return (
    <section className="card rt-section" aria-labelledby="rt-rules-title">
      <h2 id="rt-rules-title" className="card-title">
        {e.rulesTitle}
      </h2>
      <p className="card-intro">{e.rulesIntro}</p>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {fields.length === 0 && <p className="muted">{e.noRules}</p>}
      <ol className="rt-rules">
        {fields.map((field, index) => {
          const errors = form.formState.errors.definition?.rules?.[index];
          const at = `${id}-${field.id}`;
          const n = index + 1;
          return (
            <li key={field.id} className="rt-rule">
              <fieldset className="rt-rule-fields">
                <legend className="rt-rule-legend">{e.ruleLegend(n)}</legend>
                <Button
                  size="sm"
                  variant="ghost"
                  className="rt-remove rt-rule-remove"
                  onClick={() => removeAt(index)}
                  aria-label={e.removeRuleLabel(n)}
                >
                  {e.removeRule}
                </Button>
                <CellError id={`${at}-rule`} message={errors?.root?.message} />
                <div className="rt-rule-row">
                  <div className="field rt-rule-left">
                    <label className="field-label" htmlFor={`${at}-left-input`}>
                      {e.ruleLeft}
                    </label>
                    <select
                      id={`${at}-left-input`}
                      className="input select"
                      aria-invalid={errors?.left ? true : undefined}
                      aria-describedby={describedBy(errors?.left && `${at}-left`)}
                      {...register(`definition.rules.${index}.left`)}
                    >
                      <option value="">{e.ruleLeftPlaceholder}</option>
                      {options.map((option) => (
                        <option key={option.uid} value={option.uid}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                    <CellError id={`${at}-left`} message={errors?.left?.message} />
                  </div>
                  <span className="rt-rule-sign" aria-hidden="true">
                    ≤
                  </span>
                  <Controller
                    control={control}
                    name={`definition.rules.${index}.right`}
                    render={({ field: picker }) => (
                      <ColumnPicker
                        legend={e.ruleRight}
                        empty={e.sumOfEmpty}
                        error={errors?.right?.message ?? errors?.right?.root?.message}
                        options={options}
                        value={picker.value}
                        onChange={picker.onChange}
                        onBlur={picker.onBlur}
                        inputRef={picker.ref}
                        className="rt-rule-right"
                      />
                    )}
                  />
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={`${at}-message-input`}>
                    {e.ruleMessage}
                  </label>
                  <p id={`${at}-message-hint`} className="field-hint">
                    {e.ruleMessageHint}
                  </p>
                  <input
                    id={`${at}-message-input`}
                    className="input"
                    autoComplete="off"
                    aria-invalid={errors?.text ? true : undefined}
                    aria-describedby={describedBy(`${at}-message-hint`, errors?.text && `${at}-message`)}
                    {...register(`definition.rules.${index}.text`)}
                  />
                  <CellError id={`${at}-message`} message={errors?.text?.message} />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="rt-add">
        <Button
          ref={addButton}
          size="sm"
          onClick={() => {
            append(emptyRule(), { focusName: `definition.rules.${fields.length}.left` });
            setAnnouncement(e.ruleAdded(fields.length + 1));
          }}
        >
          <PlusIcon width={16} height={16} />
          {e.addRule}
        </Button>
      </div>
    </section>
  );
}
