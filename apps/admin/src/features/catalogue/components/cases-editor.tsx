import type { ProcedureContent } from '@motcua/shared';
import { useRef } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button';
import { Checkbox, TextAreaField, TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { emptyCase, emptyComponent, type ProcedureFormValues } from '../lib/procedure-form';
import { EditorSection, RepeatGroup } from './editor-section';
import { TemplatesEditor } from './templates-editor';

type Form = UseFormReturn<ProcedureFormValues, unknown, ProcedureContent>;

const t = texts.catalogue.editor;
const GROUPS_LIST_ID = 'cat-component-groups';
const COMMON_GROUPS = ['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình'];

/** Cases, each with the documents an applicant hands in (thành phần hồ sơ). */
export function CasesEditor({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'cases' });
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = form.formState.errors.cases;
  return (
    <EditorSection
      title={texts.catalogue.content.components}
      intro={t.casesIntro}
      error={listError?.message ?? listError?.root?.message}
    >
      <datalist id={GROUPS_LIST_ID}>
        {COMMON_GROUPS.map((group) => (
          <option key={group} value={group} />
        ))}
      </datalist>
      {fields.length === 0 && <p className="muted">{texts.catalogue.content.noCases}</p>}
      <div className="cat-groups">
        {fields.map((field, index) => (
          <CaseFields
            key={field.id}
            form={form}
            index={index}
            onRemove={() => {
              remove(index);
              addButton.current?.focus();
            }}
          />
        ))}
      </div>
      <div className="cat-add">
        <Button ref={addButton} size="sm" onClick={() => append(emptyCase())}>
          <PlusIcon width={16} height={16} />
          {t.addCase}
        </Button>
      </div>
    </EditorSection>
  );
}

function CaseFields({ form, index, onRemove }: { form: Form; index: number; onRemove: () => void }) {
  const { register, control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: `cases.${index}.components` });
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = form.formState.errors.cases?.[index];
  const caseNo = index + 1;
  const listError = errors?.components;
  return (
    <RepeatGroup
      legend={t.caseLegend(caseNo)}
      className="cat-case"
      actions={
        <Button size="sm" variant="ghost" onClick={onRemove} aria-label={t.removeCase(caseNo)}>
          {t.remove}
        </Button>
      }
    >
      <TextField
        label={t.caseName}
        required
        error={errors?.name?.message}
        {...register(`cases.${index}.name`)}
      />
      {(listError?.message ?? listError?.root?.message) && (
        <p className="field-error">{listError.message ?? listError.root?.message}</p>
      )}
      {fields.length === 0 && <p className="muted">{t.noComponents}</p>}
      <div className="cat-components">
        {fields.map((field, j) => {
          const n = j + 1;
          const e = errors?.components?.[j];
          return (
            <fieldset key={field.id} className="cat-component">
              {/* Seen as "Giấy tờ 1" inside its case; heard with the case, since the name stands alone. */}
              <legend className="cat-component-legend">
                <span aria-hidden="true">{t.componentShort(n)}</span>
                <span className="sr-only">{t.componentLegend(caseNo, n)}</span>
              </legend>
              <TextAreaField
                label={t.componentName}
                required
                rows={2}
                className="cat-component-name"
                error={e?.name?.message}
                {...register(`cases.${index}.components.${j}.name`)}
              />
              <TextField
                label={t.group}
                list={GROUPS_LIST_ID}
                placeholder={t.groupHint}
                className="cat-component-group"
                error={e?.group?.message}
                {...register(`cases.${index}.components.${j}.group`)}
              />
              <TextField
                label={t.originals}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                required
                className="cat-component-count"
                error={e?.originals?.message}
                {...register(`cases.${index}.components.${j}.originals`)}
              />
              <TextField
                label={t.copies}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                required
                className="cat-component-count"
                error={e?.copies?.message}
                {...register(`cases.${index}.components.${j}.copies`)}
              />
              <Checkbox
                label={t.required}
                className="cat-component-required"
                {...register(`cases.${index}.components.${j}.required`)}
              />
              <Button
                size="sm"
                variant="ghost"
                className="cat-component-remove"
                onClick={() => {
                  remove(j);
                  addButton.current?.focus();
                }}
                aria-label={t.removeComponent(caseNo, n)}
              >
                {t.remove}
              </Button>
              <TemplatesEditor form={form} caseIndex={index} componentIndex={j} />
            </fieldset>
          );
        })}
      </div>
      <div className="cat-add">
        <Button
          ref={addButton}
          size="sm"
          onClick={() => append(emptyComponent())}
          aria-label={t.addComponentTo(caseNo)}
        >
          <PlusIcon width={16} height={16} />
          {t.addComponent}
        </Button>
      </div>
    </RepeatGroup>
  );
}
