import type { ProcedureContent } from '@motcua/shared';
import { useRef } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { emptyLegalBasis, emptyResult, type ProcedureFormValues } from '../lib/procedure-form';
import { EditorSection, RepeatGroup } from './editor-section';

type Form = UseFormReturn<ProcedureFormValues, unknown, ProcedureContent>;

const t = texts.catalogue.editor;

/** What the procedure issues (kết quả): a name and, where there is one, the form's code. */
export function ResultsEditor({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'results' });
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = form.formState.errors.results;
  return (
    <EditorSection title={texts.catalogue.content.results} error={errors?.message ?? errors?.root?.message}>
      {fields.length === 0 && <p className="muted">{t.noResults}</p>}
      <div className="cat-groups">
        {fields.map((field, index) => (
          <RepeatGroup
            key={field.id}
            legend={t.resultLegend(index + 1)}
            className="cat-compact"
            actions={
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  remove(index);
                  addButton.current?.focus();
                }}
                aria-label={t.removeResult(index + 1)}
              >
                {t.remove}
              </Button>
            }
          >
            <div className="cat-row-wide">
              <TextField
                label={t.resultName}
                required
                error={errors?.[index]?.name?.message}
                {...form.register(`results.${index}.name`)}
              />
              <TextField
                label={t.resultCode}
                error={errors?.[index]?.code?.message}
                {...form.register(`results.${index}.code`)}
              />
            </div>
          </RepeatGroup>
        ))}
      </div>
      <div className="cat-add">
        <Button ref={addButton} size="sm" onClick={() => append(emptyResult())}>
          <PlusIcon width={16} height={16} />
          {t.addResult}
        </Button>
      </div>
    </EditorSection>
  );
}

/** The legal texts the procedure rests on (căn cứ pháp lý). */
export function LegalBasesEditor({ form }: { form: Form }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'legalBases' });
  const addButton = useRef<HTMLButtonElement>(null);
  const errors = form.formState.errors.legalBases;
  return (
    <EditorSection
      title={texts.catalogue.content.legalBases}
      error={errors?.message ?? errors?.root?.message}
    >
      {fields.length === 0 && <p className="muted">{t.noLegalBases}</p>}
      <div className="cat-groups">
        {fields.map((field, index) => (
          <RepeatGroup
            key={field.id}
            legend={t.legalBasisLegend(index + 1)}
            className="cat-compact"
            actions={
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  remove(index);
                  addButton.current?.focus();
                }}
                aria-label={t.removeLegalBasis(index + 1)}
              >
                {t.remove}
              </Button>
            }
          >
            <div className="form-row">
              <TextField
                label={t.legalNumber}
                required
                error={errors?.[index]?.number?.message}
                {...form.register(`legalBases.${index}.number`)}
              />
              <TextField
                label={t.legalIssuer}
                error={errors?.[index]?.issuer?.message}
                {...form.register(`legalBases.${index}.issuer`)}
              />
            </div>
            <div className="cat-row-wide">
              <TextField
                label={t.legalSummary}
                error={errors?.[index]?.summary?.message}
                {...form.register(`legalBases.${index}.summary`)}
              />
              <TextField
                label={t.legalDate}
                type="date"
                error={errors?.[index]?.date?.message}
                {...form.register(`legalBases.${index}.date`)}
              />
            </div>
          </RepeatGroup>
        ))}
      </div>
      <div className="cat-add">
        <Button ref={addButton} size="sm" onClick={() => append(emptyLegalBasis())}>
          <PlusIcon width={16} height={16} />
          {t.addLegalBasis}
        </Button>
      </div>
    </EditorSection>
  );
}
