import type { ProcedureContent } from '@motcua/shared';
import { useId, useRef, useState } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button';
import { PlusIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { cx } from '../../../lib/cx';
import { useUploadTemplate } from '../api/upload-template';
import type { ProcedureFormValues } from '../lib/procedure-form';
import {
  MAX_TEMPLATES,
  TEMPLATE_ACCEPT,
  fileSize,
  templateFileProblem,
  templateName,
  type TemplateFileProblem,
} from '../lib/templates';
import { TemplateDownload } from './template-download';

type Form = UseFormReturn<ProcedureFormValues, unknown, ProcedureContent>;

const t = texts.catalogue.editor;

const FILE_PROBLEMS: Record<TemplateFileProblem, string> = {
  tooLarge: t.templateTooLarge,
  kind: t.templateKind,
  empty: t.templateEmpty,
};

/**
 * The template forms of one component: each uploaded file at once (the server keeps it and returns its id),
 * listed with an editable name, downloadable and removable. They are saved with the draft like any field.
 */
export function TemplatesEditor({
  form,
  caseIndex,
  componentIndex,
}: {
  form: Form;
  caseIndex: number;
  componentIndex: number;
}) {
  const name = `cases.${caseIndex}.components.${componentIndex}.templates` as const;
  // `fields` carry react-hook-form's own keys in `id`; the file ids are read from the values.
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const values = useWatch({ control: form.control, name });
  const upload = useUploadTemplate();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const errors = form.formState.errors.cases?.[caseIndex]?.components?.[componentIndex]?.templates;
  const listError = errors?.message ?? errors?.root?.message;
  const caseNo = caseIndex + 1;
  const n = componentIndex + 1;
  const full = fields.length >= MAX_TEMPLATES;

  function onFile(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    setProblem(null);
    const fileProblem = templateFileProblem(file);
    if (fileProblem) {
      setProblem(FILE_PROBLEMS[fileProblem]);
      return;
    }
    upload.mutate(file, {
      onSuccess: (saved) => {
        append({ id: saved.id, name: templateName(saved.name || file.name) }, { shouldFocus: false });
        form.clearErrors(name);
        toast.notify(t.templateUploaded(saved.name || file.name, fileSize(saved.size)), 'info');
        addButton.current?.focus();
      },
      onError: (error) => {
        const { title, detail } = describeError(error);
        setProblem(t.templateUploadFailed(detail ?? title));
      },
    });
  }

  return (
    <div className="cat-templates" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="cat-templates-title">
        <span aria-hidden="true">{t.templates}</span>
        <span className="sr-only">{t.templatesOf(caseNo, n)}</span>
      </p>
      <p className="field-hint">{full ? t.templateFull : t.templatesHint}</p>
      {fields.length === 0 ? (
        <p className="muted cat-templates-empty">{t.noTemplates}</p>
      ) : (
        <ul className="cat-template-list">
          {fields.map((field, k) => {
            const value = values?.[k];
            const e = errors?.[k];
            const message = e?.name?.message ?? e?.id?.message;
            const inputId = `${headingId}-${k}`;
            return (
              <li key={field.id} className={cx('cat-template', message && 'field-invalid')}>
                <label className="sr-only" htmlFor={inputId}>
                  {t.templateName(k + 1)}
                </label>
                <input
                  id={inputId}
                  className="input input-sm cat-template-name"
                  autoComplete="off"
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${inputId}-error` : undefined}
                  {...form.register(`${name}.${k}.name`)}
                />
                {value && <TemplateDownload id={value.id} name={value.name} />}
                <Button
                  size="sm"
                  variant="ghost"
                  className="cat-template-remove"
                  aria-label={t.removeTemplate(value?.name ?? String(k + 1))}
                  onClick={() => {
                    remove(k);
                    addButton.current?.focus();
                  }}
                >
                  {t.removeTemplateShort}
                </Button>
                {message && (
                  <p id={`${inputId}-error`} className="field-error cat-template-error">
                    {message}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {listError && <p className="field-error">{listError}</p>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="cat-templates-actions">
        <input
          ref={fileInput}
          type="file"
          hidden
          accept={TEMPLATE_ACCEPT}
          aria-label={t.uploadTemplateTo(caseNo, n)}
          onChange={(event) => onFile(event.target.files?.[0])}
        />
        <Button
          ref={addButton}
          size="sm"
          busy={upload.isPending}
          disabled={full}
          aria-label={t.uploadTemplateTo(caseNo, n)}
          onClick={() => fileInput.current?.click()}
        >
          <PlusIcon width={16} height={16} />
          {upload.isPending ? t.uploadingTemplate : t.uploadTemplate}
        </Button>
      </div>
    </div>
  );
}
