import { zodResolver } from '@hookform/resolvers/zod';
import { WorkflowInputSchema, type Workflow } from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { Link, useBlocker, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SelectField } from '../../../components/field';
import { ChevronIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { preparedResolver } from '../../../lib/form-resolver';
import { todayInVietnam } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateWorkflow, type WorkflowContent } from '../api/create-workflow';
import { useProcedure } from '../api/get-procedure';
import { useWorkflow } from '../api/get-workflow';
import type { ProcedureHit } from '../api/search-procedures';
import { useUpdateWorkflow } from '../api/update-workflow';
import { defaultSteps, legalLimitHours, timeBudget } from '../lib/step-hours';
import {
  formToWorkflowInput,
  hoursFrom,
  mapWorkflowErrors,
  stepFormValues,
  workflowToForm,
  type WorkflowFormValues,
} from '../lib/workflow-form';
import { workflowState, type WorkflowUnitOption } from '../lib/workflow-state';
import { ProcedurePicker } from './procedure-picker';
import { PublishWorkflowDialog } from './publish-workflow-dialog';
import { StepsEditor } from './steps-editor';
import { StepsTable } from './steps-table';
import { WorkflowPreview } from './workflow-preview';
import { WorkflowStateBadge } from './workflow-state-badge';
import './workflows.css';

const t = texts.workflows.editor;

const resolver = preparedResolver(
  // An empty hours box reaches the schema as NaN; "enter the hours" says more than "expected number".
  zodResolver(WorkflowInputSchema, {
    error: (issue) =>
      issue.code === 'invalid_type' && issue.expected === 'number' ? t.numberRequired : undefined,
  }),
  formToWorkflowInput,
  { procedureCode: t.procedureRequired, ownerUnitId: t.ownerRequired },
);

function BackLink() {
  return (
    <Link className="wf-back-link" to="/workflows">
      <ChevronIcon width={16} height={16} />
      {t.back}
    </Link>
  );
}

type UnitsProps = { units: WorkflowUnitOption[]; defaultOwnerId: string | undefined };

/** A new workflow; `fromId` starts from the steps of an existing version (an amendment). */
export function WorkflowCreatePage({
  units,
  defaultOwnerId,
  fromId,
}: UnitsProps & { fromId: string | undefined }) {
  useDocumentTitle(t.createTitle);
  const source = useWorkflow(fromId);
  if (fromId && source.isPending) return <LoadingState />;
  if (fromId && source.isError)
    return <ErrorState error={source.error} onRetry={() => void source.refetch()} />;
  return (
    <>
      <BackLink />
      <PageHeader
        title={t.createTitle}
        intro={source.data ? `${t.createIntro} ${t.amendFrom(source.data.versionNo)}` : t.createIntro}
      />
      <WorkflowEditor
        workflow={undefined}
        initial={
          source.data
            ? workflowToForm(source.data)
            : { procedureCode: '', ownerUnitId: defaultOwnerId ?? '', processingUnitId: '', steps: [] }
        }
        units={units}
      />
    </>
  );
}

/** One workflow: a draft opens in the editor, a published one reads as a table with a way to amend it. */
export function WorkflowPage({ id, units }: { id: string; units: WorkflowUnitOption[] }) {
  const workflow = useWorkflow(id);
  const procedure = useProcedure(workflow.data?.procedureCode);
  const [publishing, setPublishing] = useState(false);
  const today = todayInVietnam();
  useDocumentTitle(workflow.data ? `${t.viewTitle} ${workflow.data.procedureCode}` : t.viewTitle);
  if (workflow.isPending) return <LoadingState />;
  if (workflow.isError) {
    return (
      <>
        <BackLink />
        <ErrorState error={workflow.error} onRetry={() => void workflow.refetch()} />
      </>
    );
  }
  const w = workflow.data;
  const draft = w.status === 'draft';
  const limit = procedure.data ? legalLimitHours(procedure.data.methods) : undefined;
  return (
    <>
      <BackLink />
      <PageHeader
        title={procedure.data ? procedure.data.name : `${t.viewTitle} ${w.procedureCode}`}
        intro={
          <span className="wf-intro">
            {t.intro(w.procedureCode, w.ownerUnitName, w.versionNo)}
            <WorkflowStateBadge state={workflowState(w, today)} />
          </span>
        }
        actions={
          !draft && (
            <Link className="btn btn-primary" to={`/workflows/new?from=${encodeURIComponent(w.id)}`}>
              {t.amend}
            </Link>
          )
        }
      />
      {draft ? (
        <WorkflowEditor
          key={`${w.id}:${w.version}`}
          workflow={w}
          initial={workflowToForm(w)}
          units={units}
          onPublish={() => setPublishing(true)}
        />
      ) : (
        <>
          <Alert tone="info" className="wf-readonly">
            {t.readOnly}
          </Alert>
          <StepsTable workflow={w} units={units} limit={limit} />
          <WorkflowPreview
            procedureCode={w.procedureCode}
            units={units}
            defaultUnitId={w.ownerUnitId}
            showDraftNote={false}
          />
        </>
      )}
      {publishing && draft && (
        <PublishWorkflowDialog workflow={w} today={today} onClose={() => setPublishing(false)} />
      )}
    </>
  );
}

type FormError = { message: string; conflict: boolean } | null;

function WorkflowEditor({
  workflow,
  initial,
  units,
  onPublish,
}: {
  workflow: Workflow | undefined;
  initial: WorkflowFormValues;
  units: WorkflowUnitOption[];
  onPublish?: () => void;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateWorkflow();
  const update = useUpdateWorkflow();
  const [formError, setFormError] = useState<FormError>(null);
  const form = useForm<WorkflowFormValues, unknown, WorkflowContent>({ resolver, defaultValues: initial });
  const { errors, isDirty } = form.formState;
  const procedureCode = useWatch({ control: form.control, name: 'procedureCode' });
  const ownerUnitId = useWatch({ control: form.control, name: 'ownerUnitId' });
  const procedure = useProcedure(procedureCode || undefined);
  const limit = procedure.data ? legalLimitHours(procedure.data.methods) : undefined;
  const saving = create.isPending || update.isPending;
  const saved = useRef(false);
  const creating = workflow === undefined;
  const activeUnits = units.filter((u) => u.inForce);
  const processingUnitId = useWatch({ control: form.control, name: 'processingUnitId' });
  const steps = useWatch({ control: form.control, name: 'steps' });
  // The API refuses to publish steps over the limit; the button says so before the officer tries.
  const over =
    limit !== undefined &&
    timeBudget(
      steps.map((s) => hoursFrom(s.allottedHours)),
      limit,
    ).over;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !saved.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!saved.current) event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);

  // The steps last filled in from a procedure's limit: while they are unchanged, picking another procedure
  // shares its limit out afresh; once the officer has edited them, they stay.
  const autoSteps = useRef<string | null>(null);

  function pick(hit: ProcedureHit) {
    form.setValue('procedureCode', hit.code, { shouldDirty: true, shouldValidate: true });
    const current = form.getValues('steps');
    if (current.length === 0 || JSON.stringify(current) === autoSteps.current) {
      const steps = defaultSteps(legalLimitHours(hit.methods) ?? 8).map(stepFormValues);
      autoSteps.current = JSON.stringify(steps);
      form.setValue('steps', steps, { shouldDirty: true });
    }
  }

  function onFailed(error: unknown) {
    if (!isApiError(error)) {
      setFormError({ message: texts.errors.unexpected, conflict: false });
      return;
    }
    if (error.code === 'version_conflict') {
      setFormError({ message: t.versionConflict, conflict: true });
      return;
    }
    const { fields, rest } = mapWorkflowErrors(error.errors, form.getValues('steps').length);
    fields.forEach(({ name, message }, index) => {
      form.setError(
        name as FieldPath<WorkflowFormValues>,
        { type: 'server', message },
        {
          shouldFocus: index === 0,
        },
      );
    });
    const message =
      rest.length > 0
        ? rest.join(' ')
        : fields.length > 0
          ? texts.common.formHasErrors
          : (error.detail ?? error.title);
    setFormError({ message, conflict: false });
  }

  const onSubmit = form.handleSubmit(
    (input) => {
      setFormError(null);
      if (workflow) {
        update.mutate(
          { id: workflow.id, workflow: input, version: workflow.version },
          {
            onSuccess: (savedWorkflow) => {
              toast.notify(t.saved(savedWorkflow.procedureCode));
              // The page re-keys the editor on the new version, so the form restarts clean from it.
              form.reset(workflowToForm(savedWorkflow));
            },
            onError: onFailed,
          },
        );
      } else {
        create.mutate(input, {
          onSuccess: (created) => {
            saved.current = true;
            toast.notify(t.saved(created.procedureCode));
            void navigate(`/workflows/${created.id}`, { replace: true });
          },
          onError: onFailed,
        });
      }
    },
    () => setFormError({ message: texts.common.formHasErrors, conflict: false }),
  );

  const limitText = procedure.data?.methods
    .map((m) => `${m.timeLimit.amount} ${texts.workflows.timeUnits[m.timeLimit.unit]}`)
    .filter((text, index, all) => all.indexOf(text) === index)
    .join(', ');

  return (
    <>
      <form
        className="wf-editor"
        onSubmit={onSubmit}
        noValidate
        aria-label={creating ? t.createTitle : t.editTitle}
      >
        {formError && (
          <Alert tone="danger" className="wf-form-error">
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

        <section className="card wf-section" aria-labelledby="wf-scope-title">
          <h2 id="wf-scope-title" className="card-title">
            {t.scope}
          </h2>
          <div className="form">
            <div className="field">
              <span className="field-label is-required">{t.procedure}</span>
              {procedureCode ? (
                <div className="wf-chosen">
                  <div className="wf-chosen-text">
                    <span className="mono wf-hit-code">{procedureCode}</span>
                    <span className="wf-chosen-name">
                      {procedure.data?.name ?? (procedure.isPending ? texts.app.loading : '')}
                    </span>
                    {limit !== undefined && limitText ? (
                      <span className="cell-secondary">
                        {t.limit(limitText, texts.workflows.hours(limit))}
                      </span>
                    ) : (
                      procedure.isError && <span className="field-error">{t.limitUnknown}</span>
                    )}
                  </div>
                  {creating && (
                    <Button
                      size="sm"
                      onClick={() => form.setValue('procedureCode', '', { shouldDirty: true })}
                    >
                      {t.change}
                    </Button>
                  )}
                </div>
              ) : (
                <ProcedurePicker error={errors.procedureCode?.message} onPick={pick} />
              )}
            </div>
            <div className="form-row">
              {creating ? (
                <SelectField
                  label={t.owner}
                  hint={t.ownerHint}
                  required
                  error={errors.ownerUnitId?.message}
                  {...form.register('ownerUnitId')}
                >
                  <option value="" disabled>
                    {t.ownerPlaceholder}
                  </option>
                  {activeUnits.map((unit) => (
                    <option key={unit.id} value={unit.id}>
                      {unit.label}
                    </option>
                  ))}
                </SelectField>
              ) : (
                <div className="field">
                  <span className="field-label">{t.owner}</span>
                  <p className="field-static">{workflow?.ownerUnitName}</p>
                </div>
              )}
              <SelectField
                label={t.processingUnit}
                hint={t.processingUnitHint}
                error={errors.processingUnitId?.message}
                {...form.register('processingUnitId')}
              >
                <option value="">{t.processingDefault}</option>
                {/* A unit that has since ended stays selectable only where it is already chosen. */}
                {units.map((unit) => (
                  <option
                    key={unit.id}
                    value={unit.id}
                    disabled={!unit.inForce && unit.id !== processingUnitId}
                  >
                    {unit.label}
                  </option>
                ))}
              </SelectField>
            </div>
          </div>
        </section>

        <StepsEditor form={form} units={units} limit={limit} />

        <div className="wf-editor-footer">
          {onPublish && (
            <span className="muted wf-footer-hint">
              {isDirty ? t.publishHint : over ? t.publishOverLimit : ''}
            </span>
          )}
          <Link className="btn btn-secondary" to="/workflows">
            {t.cancel}
          </Link>
          <Button type="submit" variant={onPublish && !isDirty ? 'secondary' : 'primary'} busy={saving}>
            {saving ? t.saving : t.save}
          </Button>
          {onPublish && (
            <Button variant="primary" disabled={isDirty || saving || over} onClick={onPublish}>
              {t.publish}
            </Button>
          )}
        </div>
      </form>

      <WorkflowPreview
        procedureCode={procedureCode || undefined}
        units={units}
        defaultUnitId={ownerUnitId || undefined}
        showDraftNote
      />

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
