import { zodResolver } from '@hookform/resolvers/zod';
import {
  ONLINE_LEVELS,
  PROCEDURE_LEVELS,
  ProcedureInputSchema,
  type Procedure,
  type ProcedureContent,
} from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { Link, useBlocker, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Checkbox, Fieldset, SelectField, TextAreaField, TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { preparedResolver } from '../../../lib/form-resolver';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateProcedure } from '../api/create-procedure';
import { useProcedureFields } from '../api/get-procedure-fields';
import { useProcedureVersion } from '../api/get-procedure-version';
import { useUpdateProcedure } from '../api/update-procedure';
import {
  emptyProcedureForm,
  formToProcedureInput,
  procedureToForm,
  type ProcedureFormValues,
} from '../lib/procedure-form';
import { mapProcedureErrors } from '../lib/server-errors';
import { CasesEditor } from './cases-editor';
import { EditorSection } from './editor-section';
import { LegalBasesEditor, ResultsEditor } from './lists-editor';
import { MethodsEditor } from './methods-editor';
import './catalogue.css';

const t = texts.catalogue.editor;
const c = texts.catalogue.content;
const FIELDS_LIST_ID = 'cat-procedure-fields';

const resolver = preparedResolver(
  // An empty number box reaches the schema as NaN; "enter a number" says more than "expected number".
  zodResolver(ProcedureInputSchema, {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.expected === 'number' ? t.numberRequired : undefined,
  }),
  formToProcedureInput,
);

export function ProcedureCreatePage() {
  useDocumentTitle(t.createTitle);
  return <ProcedureEditor draft={undefined} />;
}

/** Editing loads the stored draft first; a published version is read-only and says where to amend it. */
export function ProcedureDraftPage({ code, id }: { code: string; id: string }) {
  const version = useProcedureVersion(id);
  useDocumentTitle(version.data ? `${t.editTitle}: ${version.data.name}` : t.editTitle);
  if (version.isPending) return <LoadingState />;
  if (version.isError) return <ErrorState error={version.error} onRetry={() => void version.refetch()} />;
  if (version.data.status !== 'draft' || version.data.code !== code) {
    return (
      <EmptyState title={t.notDraft}>
        <Link className="btn btn-primary" to={`/procedures/${encodeURIComponent(version.data.code)}`}>
          {t.backToProcedure}
        </Link>
      </EmptyState>
    );
  }
  return <ProcedureEditor key={version.data.id} draft={version.data} />;
}

type FormError = { message: string; conflict: boolean } | null;

function ProcedureEditor({ draft }: { draft: Procedure | undefined }) {
  const navigate = useNavigate();
  const toast = useToast();
  const fields = useProcedureFields();
  const create = useCreateProcedure();
  const update = useUpdateProcedure();
  const [formError, setFormError] = useState<FormError>(null);
  const form = useForm<ProcedureFormValues, unknown, ProcedureContent>({
    resolver,
    defaultValues: draft ? procedureToForm(draft) : emptyProcedureForm(),
  });
  const { register, formState } = form;
  const { errors, isDirty } = formState;
  const saving = create.isPending || update.isPending;
  // Set once the draft is saved, so the navigation that follows is not taken for leaving unsaved work.
  const saved = useRef(false);

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

  function onSaved(procedure: Procedure) {
    saved.current = true;
    toast.notify(t.saved(procedure.code));
    void navigate(`/procedures/${encodeURIComponent(procedure.code)}`);
  }

  function onFailed(error: unknown) {
    if (!isApiError(error)) {
      setFormError({ message: texts.errors.unexpected, conflict: false });
      return;
    }
    if (error.code === 'version_conflict') {
      setFormError({ message: texts.catalogue.editor.versionConflict, conflict: true });
      return;
    }
    const { fields: mapped, rest } = mapProcedureErrors(error.errors, form.getValues());
    mapped.forEach(({ name, message }, index) => {
      form.setError(
        name as FieldPath<ProcedureFormValues>,
        { type: 'server', message },
        {
          shouldFocus: index === 0,
        },
      );
    });
    const message =
      rest.length > 0
        ? rest.join(' ')
        : mapped.length > 0
          ? texts.common.formHasErrors
          : (error.detail ?? error.title);
    setFormError({ message, conflict: false });
  }

  const onSubmit = form.handleSubmit(
    (content) => {
      setFormError(null);
      if (draft) {
        update.mutate(
          { id: draft.id, content, version: draft.version },
          { onSuccess: onSaved, onError: onFailed },
        );
      } else {
        create.mutate(content, { onSuccess: onSaved, onError: onFailed });
      }
    },
    () => setFormError({ message: texts.common.formHasErrors, conflict: false }),
  );

  const backTo = draft ? `/procedures/${encodeURIComponent(draft.code)}` : '/procedures';

  return (
    <>
      <PageHeader
        title={draft ? t.editTitle : t.createTitle}
        intro={draft ? t.editIntro(draft.code, draft.versionNo) : t.createIntro}
      />
      <form
        className="cat-editor"
        onSubmit={onSubmit}
        noValidate
        aria-label={draft ? t.editTitle : t.createTitle}
      >
        {formError && (
          <Alert tone="danger" className="cat-form-error">
            {formError.message}
            {formError.conflict && (
              <div className="alert-actions">
                <Button size="sm" onClick={() => window.location.reload()}>
                  {texts.errors.reload}
                </Button>
              </div>
            )}
          </Alert>
        )}

        <EditorSection title={c.general}>
          <div className="form">
            <div className="form-row">
              <TextField
                label={c.code}
                hint={draft ? t.codeLocked : t.codeHint}
                required
                readOnly={Boolean(draft)}
                autoComplete="off"
                spellCheck={false}
                className="mono-input"
                error={errors.code?.message}
                {...register('code')}
              />
              <TextField
                label={c.field}
                hint={t.fieldHint}
                required
                list={FIELDS_LIST_ID}
                autoComplete="off"
                error={errors.field?.message}
                {...register('field')}
              />
              <datalist id={FIELDS_LIST_ID}>
                {(fields.data ?? []).map((field) => (
                  <option key={field} value={field} />
                ))}
              </datalist>
            </div>
            <TextAreaField
              label={texts.catalogue.list.name}
              required
              rows={2}
              error={errors.name?.message}
              {...register('name')}
            />
            <Fieldset legend={t.levelsLegend} required error={errors.levels?.message}>
              <div className="cat-checkbox-row">
                {PROCEDURE_LEVELS.map((level) => (
                  <Checkbox
                    key={level}
                    label={texts.catalogue.levels[level]}
                    value={level}
                    {...register('levels')}
                  />
                ))}
              </div>
            </Fieldset>
            <div className="form-row">
              <TextField
                label={c.procedureType}
                error={errors.procedureType?.message}
                {...register('procedureType')}
              />
              <TextField
                label={c.publishingDecision}
                error={errors.publishingDecision?.message}
                {...register('publishingDecision')}
              />
            </div>
            <div className="form-row">
              <SelectField
                label={c.onlineLevel}
                hint={t.onlineLevelHint}
                required
                error={errors.onlineLevel?.message}
                {...register('onlineLevel')}
              >
                {ONLINE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {texts.catalogue.onlineLevels[level]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={c.cutoffTime}
                hint={t.cutoffHint}
                type="time"
                error={errors.cutoffTime?.message}
                {...register('cutoffTime')}
              />
            </div>
          </div>
        </EditorSection>

        <MethodsEditor form={form} />
        <CasesEditor form={form} />

        <EditorSection title={c.agencies}>
          <div className="form">
            <div className="form-row">
              <TextField
                label={c.executing}
                required
                error={errors.agencies?.executing?.message}
                {...register('agencies.executing')}
              />
              <TextField
                label={c.competent}
                error={errors.agencies?.competent?.message}
                {...register('agencies.competent')}
              />
            </div>
            <div className="form-row">
              <TextField
                label={c.authorised}
                error={errors.agencies?.authorised?.message}
                {...register('agencies.authorised')}
              />
              <TextField
                label={c.coordinating}
                error={errors.agencies?.coordinating?.message}
                {...register('agencies.coordinating')}
              />
            </div>
          </div>
        </EditorSection>

        <EditorSection title={t.stepsSection}>
          <div className="form">
            <TextAreaField
              label={c.steps}
              hint={t.stepsHint}
              rows={6}
              error={errors.steps?.message}
              {...register('steps')}
            />
            <TextAreaField
              label={c.applicants}
              rows={2}
              error={errors.applicants?.message}
              {...register('applicants')}
            />
            <TextAreaField
              label={c.conditions}
              rows={3}
              error={errors.conditions?.message}
              {...register('conditions')}
            />
          </div>
        </EditorSection>

        <ResultsEditor form={form} />
        <LegalBasesEditor form={form} />

        <EditorSection title={c.relatedCodes}>
          <TextField
            label={t.relatedCodes}
            hint={t.relatedCodesHint}
            autoComplete="off"
            spellCheck={false}
            className="mono-input"
            error={errors.relatedCodes?.message}
            {...register('relatedCodes')}
          />
        </EditorSection>

        <div className="cat-editor-footer">
          <Link className="btn btn-secondary" to={backTo}>
            {t.cancel}
          </Link>
          <Button type="submit" variant="primary" busy={saving}>
            {saving ? t.saving : t.save}
          </Button>
        </div>
      </form>

      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={t.leaveTitle}
          message={t.leaveText}
          confirmLabel={t.leaveConfirm}
          tone="danger"
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        />
      )}
    </>
  );
}
