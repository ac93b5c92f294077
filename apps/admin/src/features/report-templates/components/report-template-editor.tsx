import { REPORT_ROW_SOURCES, type ReportTemplate } from '@motcua/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { Link, useBlocker, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { ChevronIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateReportTemplate, type ReportTemplateBody } from '../api/create-report-template';
import { useReportTemplates } from '../api/get-report-templates';
import { mapServerErrors } from '../lib/server-errors';
import { countErrors, templateResolver, type TemplateForm } from '../lib/template-resolver';
import { emptyTemplateForm, templateToForm, type TemplateFormValues } from '../lib/template-form';
import { nextVersionNo } from '../lib/template-list';
import { TEMPLATES_PATH } from '../lib/paths';
import { t } from '../lib/texts';
import { ColumnsEditor } from './columns-editor';
import { RulesEditor } from './rules-editor';
import { TemplatePreview } from './template-preview';
import './report-templates.css';

const e = t.editor;
const PREVIEW_ID = 'rt-preview';

function BackLink() {
  return (
    <Link className="rt-back-link" to={TEMPLATES_PATH}>
      <ChevronIcon width={16} height={16} />
      {e.back}
    </Link>
  );
}

/**
 * The report form editor. With `fromId` it starts from that stored version and saves the next version of its code
 * (the code is locked); without, it starts a new code. Either way saving adds a version and changes nothing that
 * exists: periods keep the versions they were issued with.
 */
export function ReportTemplateEditorPage({ fromId }: { fromId?: string | undefined }) {
  const templates = useReportTemplates();
  const base = fromId ? templates.data?.find((item) => item.id === fromId) : undefined;
  useDocumentTitle(base ? e.editTitle(base.code) : fromId ? undefined : e.createTitle);
  if (templates.isPending) return <LoadingState />;
  if (templates.isError) {
    return (
      <>
        <BackLink />
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      </>
    );
  }
  if (fromId && !base) {
    return (
      <>
        <BackLink />
        <EmptyState title={e.notFound}>
          <Link className="btn btn-primary" to={TEMPLATES_PATH}>
            {e.back}
          </Link>
        </EmptyState>
      </>
    );
  }
  return <TemplateEditor key={base?.id ?? 'new'} base={base} items={templates.data} />;
}

function TemplateEditor({ base, items }: { base: ReportTemplate | undefined; items: ReportTemplate[] }) {
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateReportTemplate();
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ReportTemplateBody | null>(null);
  // A new form may not take a code that exists: that would quietly add a version to someone else's form.
  const takenCodes = useMemo(() => (base ? [] : [...new Set(items.map((item) => item.code))]), [base, items]);
  const resolver = useMemo(() => templateResolver(takenCodes), [takenCodes]);
  const [defaults] = useState(() => (base ? templateToForm(base) : emptyTemplateForm()));
  const form: TemplateForm = useForm<TemplateFormValues, unknown, ReportTemplateBody>({
    resolver,
    // Every change re-checks the whole form once it has been submitted (see below), not field by field:
    // a repeated key or a total's order involves other columns than the one typed in.
    reValidateMode: 'onSubmit',
    defaultValues: defaults,
  });
  const { register, formState, control } = form;
  const { errors, isDirty } = formState;
  const code = useWatch({ control, name: 'code' });
  const name = useWatch({ control, name: 'name' });
  const definition = useWatch({ control, name: 'definition' });
  const rowSource = definition.rowSource;
  const next = nextVersionNo(items, base ? base.code : code.trim());
  const saved = useRef(false);
  // The confirmation gives focus back to the save button as it closes; a refused field takes it after that.
  const focusAfterDialog = useRef<string | null>(null);
  useEffect(() => {
    const field = focusAfterDialog.current;
    if (confirming || !field) return;
    focusAfterDialog.current = null;
    form.setFocus(field as FieldPath<TemplateFormValues>);
  }, [confirming, form]);

  useEffect(() => {
    const subscription = form.watch(() => {
      if (form.formState.isSubmitted) void form.trigger();
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !saved.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (saved.current) return;
      event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);

  function onSaved(template: ReportTemplate) {
    saved.current = true;
    setConfirming(null);
    toast.notify(e.saved(template.code, template.versionNo));
    void navigate(TEMPLATES_PATH);
  }

  function onFailed(error: unknown) {
    setConfirming(null);
    if (!isApiError(error)) {
      setFormError(texts.errors.unexpected);
      return;
    }
    if (error.code === 'forbidden') {
      setFormError(error.detail ?? e.forbidden);
      return;
    }
    const { fields, rest } = mapServerErrors(error.errors, form.getValues());
    for (const { name: field, message } of fields) {
      form.setError(field as FieldPath<TemplateFormValues>, { type: 'server', message });
    }
    focusAfterDialog.current = fields[0]?.name ?? null;
    // Field messages are counted in the summary; what the editor cannot place is said in words.
    if (rest.length > 0) setFormError(rest.join(' '));
    else if (fields.length === 0) setFormError(error.detail ?? error.title);
  }

  const onSubmit = form.handleSubmit(
    (body) => {
      // An unchanged copy of the latest version would only add a version that says nothing new; an unchanged
      // copy of an older one brings that one back, which is worth a version.
      if (base && !isDirty && base.versionNo === next - 1) {
        setFormError(e.unchanged(base.versionNo));
        return;
      }
      setFormError(null);
      setConfirming(body);
    },
    () => setFormError(null),
  );

  // Live once the form has been submitted: the count follows the fixes.
  const errorCount = formState.submitCount > 0 ? countErrors(errors) : 0;
  const schemaError = errors.root?.schema?.message;
  const title = base ? e.editTitle(base.code) : e.createTitle;

  return (
    <>
      <BackLink />
      <PageHeader title={title} intro={base ? e.editIntro(next, base.versionNo) : e.createIntro} />
      <form className="rt-editor" onSubmit={onSubmit} noValidate aria-label={title}>
        {(formError || errorCount > 0) && (
          <Alert tone="danger" className="rt-form-error">
            {formError && <p>{formError}</p>}
            {errorCount > 0 && <p>{e.errorCount(errorCount)}</p>}
            {schemaError && <p>{schemaError}</p>}
          </Alert>
        )}

        <section className="card rt-section" aria-labelledby="rt-general-title">
          <h2 id="rt-general-title" className="card-title">
            {e.general}
          </h2>
          <div className="form">
            <div className="rt-general-row">
              <TextField
                label={e.code}
                hint={base ? e.codeLocked : e.codeHint}
                required
                readOnly={Boolean(base)}
                autoComplete="off"
                spellCheck={false}
                className="mono-input"
                error={errors.code?.message}
                {...register('code')}
              />
              <TextAreaField
                label={e.name}
                hint={e.nameHint}
                required
                rows={2}
                className="rt-name"
                error={errors.name?.message}
                {...register('name')}
              />
            </div>
            <SelectField
              label={e.rowSource}
              hint={t.rowSourceHints[rowSource]}
              required
              className="rt-row-source"
              error={errors.definition?.rowSource?.message}
              {...register('definition.rowSource')}
            >
              {REPORT_ROW_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {t.rowSources[source]}
                </option>
              ))}
            </SelectField>
          </div>
        </section>

        <ColumnsEditor form={form} previewId={PREVIEW_ID} />
        <RulesEditor form={form} />
        <TemplatePreview id={PREVIEW_ID} name={name} definition={definition} />

        <div className="rt-footer">
          <p className="rt-footer-note">{e.saveNote(next)}</p>
          <div className="rt-footer-actions">
            <Link className="btn btn-secondary" to={TEMPLATES_PATH}>
              {e.cancel}
            </Link>
            <Button type="submit" variant="primary" busy={create.isPending}>
              {create.isPending ? e.saving : e.save}
            </Button>
          </div>
        </div>
      </form>

      {confirming && (
        <ConfirmDialog
          title={e.confirmTitle(confirming.code, next)}
          message={e.confirmText}
          confirmLabel={e.confirm}
          busy={create.isPending}
          onConfirm={() => create.mutate(confirming, { onSuccess: onSaved, onError: onFailed })}
          onCancel={() => setConfirming(null)}
        />
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={e.leaveTitle}
          message={e.leaveText}
          confirmLabel={e.leaveConfirm}
          tone="danger"
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        />
      )}
    </>
  );
}
