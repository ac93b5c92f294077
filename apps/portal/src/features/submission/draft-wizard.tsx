import { zodResolver } from '@hookform/resolvers/zod';
import type { CitizenDossier, Draft, Procedure } from '@motcua/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useBlocker, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { BackLink } from '../../components/back-link';
import { DocumentTitle } from '../../components/document-title';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { draftQueryOptions } from './api/get-draft';
import { draftKeys } from './api/keys';
import { useSubmitDraft } from './api/submit-draft';
import { useUpdateDraft } from './api/update-draft';
import {
  DRAFT_FORM_FIELDS,
  draftFingerprint,
  DraftFormSchema,
  missingRequiredComponents,
  toDraftData,
  toDraftFormValues,
  type DraftFormField,
  type DraftFormValues,
} from './draft-form';
import { ApplicantStep } from './steps/applicant-step';
import { CaseStep } from './steps/case-step';
import { ComponentsStep } from './steps/components-step';
import { ResultStep } from './steps/result-step';
import { ReviewStep } from './steps/review-step';
import { SubmittedView } from './submitted-view';
import { formatTime } from './time';
import { WizardContext, type WizardContextValue } from './wizard-context';
import {
  planErrors,
  STEP_PARAM,
  stepFromParam,
  stepNumber,
  stepOfField,
  WIZARD_STEPS,
  type ErrorPlan,
  type WizardStep,
} from './wizard-steps';
import './submission.css';

type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; at: string };

const STEP_HEADING_ID = 'step-heading';

type SaveOutcome = 'saved' | 'unchanged' | 'conflict' | 'invalid' | 'failed';

type Summary = { step: WizardStep; message: string; target: string | null }[];

/** Which inputs each step validates when the citizen moves on. */
function stepFields(step: WizardStep, onBehalf: boolean): DraftFormField[] {
  switch (step) {
    case 'case':
      return ['caseIndex', 'receivingUnitId'];
    case 'applicant':
      return onBehalf ? ['applicant', 'authorisedPerson'] : ['applicant'];
    case 'result':
      return ['resultMethod', 'deliveryAddress'];
    default:
      return [];
  }
}

/** A save or submit made from an older version than the server's (another tab or device saved in between). */
function isConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'version_conflict';
}

function StepContent({ step }: { step: WizardStep }) {
  switch (step) {
    case 'case':
      return <CaseStep />;
    case 'applicant':
      return <ApplicantStep />;
    case 'components':
      return <ComponentsStep />;
    case 'result':
      return <ResultStep />;
    case 'review':
      return <ReviewStep />;
  }
}

function StepNav({ step, onGo }: { step: WizardStep; onGo: (step: WizardStep) => void }) {
  const current = WIZARD_STEPS.indexOf(step);
  return (
    <nav className="wizard-steps" aria-label={texts.submission.stepsLabel}>
      <ol className="wizard-steps__list">
        {WIZARD_STEPS.map((item, index) => (
          <li
            key={item}
            className="wizard-steps__item"
            data-state={index < current ? 'done' : index === current ? 'current' : 'todo'}
          >
            <button
              type="button"
              className="wizard-steps__button"
              aria-current={item === step ? 'step' : undefined}
              onClick={() => onGo(item)}
            >
              <span className="wizard-steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="wizard-steps__label">
                <span className="visually-hidden">
                  {texts.submission.stepOf(index + 1, WIZARD_STEPS.length)}:{' '}
                </span>
                {texts.submission.steps[item]}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  switch (state.kind) {
    case 'saving':
      return <>{texts.submission.saving}</>;
    case 'failed':
      return <span className="wizard-save__failed">{texts.submission.saveFailed}</span>;
    case 'conflict':
    case 'saved':
      return <>{dirty ? texts.submission.unsaved : texts.submission.savedAt(formatTime(state.at))}</>;
  }
}

type DraftWizardProps = { draft: Draft; procedure: Procedure };

/**
 * The online submission wizard over a server-side draft. The form holds what the citizen types; the draft query
 * holds the files and the version. Moving between steps saves (so the draft resumes anywhere), a stale save reloads
 * the server's copy, and a refused submission puts each error back on its step and field, keeping everything.
 */
export function DraftWizard({ draft, procedure }: DraftWizardProps) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const step = stepFromParam(search.get(STEP_PARAM));
  const form = useForm<DraftFormValues>({
    resolver: zodResolver(DraftFormSchema),
    defaultValues: toDraftFormValues(draft.data),
  });
  const { getValues, setError, trigger, reset, setFocus, getFieldState, register, watch } = form;
  // What the server holds, as the form would save it: compared with the form to know whether there is anything to save.
  const savedPrint = useRef(draftFingerprint(toDraftData(toDraftFormValues(draft.data))));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: draft.updatedAt });
  const [fileErrors, setFileErrors] = useState<Record<number, string>>({});
  const [summary, setSummary] = useState<Summary | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [dossier, setDossier] = useState<CitizenDossier | null>(null);
  // mutateAsync is stable across renders, so `save` (and what depends on it) is too.
  const { mutateAsync: saveDraft } = useUpdateDraft();
  const submit = useSubmitDraft();
  const queue = useRef<Promise<SaveOutcome>>(Promise.resolve('unchanged'));
  // Where focus goes once a step is on screen: a field, a component, or the step's heading.
  const pendingFocus = useRef<{ step: WizardStep; target: string } | null>(null);
  const leaveAnyway = useRef(false);

  const dirty = draftFingerprint(toDraftData(watch())) !== savedPrint.current;

  const currentVersion = useCallback(
    () => queryClient.getQueryData<Draft>(draftKeys.detail(draft.id))?.version ?? draft.version,
    [queryClient, draft.id, draft.version],
  );

  const recheck = useCallback(
    (name: DraftFormField) => {
      if (getFieldState(name).invalid) void trigger(name);
    },
    [getFieldState, trigger],
  );

  const field = useCallback(
    (name: DraftFormField) => register(name, { onChange: () => recheck(name) }),
    [register, recheck],
  );

  /** Puts errors (the form's own or the server's) on their fields and components, and says where they are. */
  const showErrors = useCallback(
    (plan: ErrorPlan<DraftFormField>) => {
      for (const { name, message } of plan.fields) setError(name, { type: 'server', message });
      setFileErrors(plan.files);
      const items: Summary = [
        ...plan.fields.map(({ name, message }) => ({ step: stepOfField(name), message, target: name })),
        ...Object.entries(plan.files).map(([index, message]) => ({
          step: 'components' as const,
          message,
          target: `component-${index}`,
        })),
        ...plan.other.map(({ step: at, message }) => ({ step: at, message, target: null })),
      ];
      items.sort((a, b) => WIZARD_STEPS.indexOf(a.step) - WIZARD_STEPS.indexOf(b.step));
      setSummary(items);
      return items;
    },
    [setError],
  );

  const reloadFromServer = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({ ...draftQueryOptions(draft.id), staleTime: 0 });
    const values = toDraftFormValues(fresh.data);
    reset(values);
    savedPrint.current = draftFingerprint(toDraftData(values));
    setSaveState({ kind: 'conflict', at: fresh.updatedAt });
  }, [queryClient, draft.id, reset]);

  /** Saves the form if it changed since the last save; one save at a time, each with the newest version. */
  const save = useCallback((): Promise<SaveOutcome> => {
    const run = queue.current.then(async (): Promise<SaveOutcome> => {
      const data = toDraftData(getValues());
      const print = draftFingerprint(data);
      if (print === savedPrint.current) return 'unchanged';
      setSaveState({ kind: 'saving' });
      try {
        const saved = await saveDraft({ id: draft.id, data, version: currentVersion() });
        savedPrint.current = print;
        setSaveState({ kind: 'saved', at: saved.updatedAt });
        return 'saved';
      } catch (error) {
        if (isConflict(error)) {
          await reloadFromServer().catch(() =>
            setSaveState({ kind: 'failed', message: describeError(error) }),
          );
          return 'conflict';
        }
        setSaveState({ kind: 'failed', message: describeError(error) });
        if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
          showErrors(planErrors(error.errors, DRAFT_FORM_FIELDS));
          return 'invalid';
        }
        return 'failed';
      }
    });
    queue.current = run;
    return run;
  }, [getValues, saveDraft, draft.id, currentVersion, reloadFromServer, showErrors]);

  /** Focuses what `pendingFocus` names, once that step is the one on screen. */
  const focusPending = useCallback(
    (onScreen: WizardStep) => {
      const pending = pendingFocus.current;
      if (!pending || pending.step !== onScreen) return;
      pendingFocus.current = null;
      const element = document.getElementById(pending.target);
      if (pending.target === STEP_HEADING_ID) {
        element?.focus({ preventScroll: true });
      } else if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
      } else {
        setFocus(pending.target as DraftFormField, { shouldSelect: false });
      }
    },
    [setFocus],
  );

  useEffect(() => focusPending(step));

  const showStep = useCallback(
    (target: WizardStep, focus: string | null = null) => {
      pendingFocus.current = { step: target, target: focus ?? STEP_HEADING_ID };
      if (target === step) {
        focusPending(step);
        return;
      }
      setSearch((current) => {
        const next = new URLSearchParams(current);
        next.set(STEP_PARAM, String(stepNumber(target)));
        return next;
      });
    },
    [setSearch, step, focusPending],
  );

  /** Step links and "Quay lại": save, then go (a conflict keeps the citizen here to read the message). */
  const goTo = useCallback(
    (target: WizardStep) => {
      void save().then((outcome) => {
        if (outcome !== 'conflict') showStep(target);
      });
    },
    [save, showStep],
  );

  async function validateStep(current: WizardStep): Promise<boolean> {
    if (current === 'components') {
      const missing = missingRequiredComponents(procedure, Number(getValues('caseIndex')), draft.files);
      const errors = Object.fromEntries(missing.map((index) => [index, texts.submission.fileRequired]));
      setFileErrors(errors);
      const first = missing[0];
      if (first !== undefined) {
        pendingFocus.current = { step: current, target: `component-${first}` };
        focusPending(current);
      }
      return missing.length === 0;
    }
    const names = stepFields(current, getValues('onBehalf'));
    return names.length === 0 ? true : trigger(names, { shouldFocus: true });
  }

  async function next() {
    const valid = await validateStep(step);
    const outcome = await save();
    if (!valid || outcome === 'conflict' || outcome === 'invalid') return;
    const following = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + 1];
    if (following) showStep(following);
  }

  /**
   * Saves, then submits. The server is the judge of a complete dossier (it holds the files and the procedure's
   * rules); what it refuses comes back per field and is put on the steps by `failWith`.
   */
  async function submitDossier() {
    setSubmitError(null);
    setSummary(null);
    const outcome = await save();
    if (outcome === 'conflict' || outcome === 'invalid') return;
    if (outcome === 'failed') {
      setSubmitError(texts.submission.saveFailedText);
      return;
    }
    try {
      setDossier(await submit.mutateAsync({ id: draft.id, version: currentVersion() }));
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (isConflict(error)) {
        await reloadFromServer().catch(() => undefined);
        return;
      }
      if (isApiError(error) && error.errors.length > 0) {
        failWith(planErrors(error.errors, DRAFT_FORM_FIELDS));
        return;
      }
      setSubmitError(describeError(error));
    }
  }

  function failWith(plan: ErrorPlan<DraftFormField>) {
    const items = showErrors(plan);
    const first = items[0];
    if (first) showStep(first.step, first.target);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step === 'review') void submitDossier();
    else void next();
  }

  // Leaving the wizard inside the app saves first; a failed save lets the second attempt through.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dossier === null && dirty && !leaveAnyway.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const blocked = blocker.state === 'blocked';
  const leaving = useRef(false);
  useEffect(() => {
    if (!blocked) {
      leaving.current = false;
      return;
    }
    // Once per blocked navigation: the save itself re-renders (and renews `save`) while still blocked.
    if (leaving.current) return;
    leaving.current = true;
    void save().then((outcome) => {
      if (outcome === 'saved' || outcome === 'unchanged') blocker.proceed?.();
      else {
        leaveAnyway.current = true;
        blocker.reset?.();
      }
    });
  }, [blocked, blocker, save]);

  // Closing the tab or reloading with unsaved typing: the browser asks first.
  useEffect(() => {
    if (!dirty || dossier !== null) return;
    function warn(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty, dossier]);

  const context = useMemo<WizardContextValue>(
    () => ({
      draft,
      procedure,
      field,
      recheck,
      fileErrors,
      clearFileError: (index) =>
        setFileErrors((current) => {
          if (!(index in current)) return current;
          const rest = { ...current };
          delete rest[index];
          return rest;
        }),
      goTo,
    }),
    [draft, procedure, field, recheck, fileErrors, goTo],
  );

  if (dossier) return <SubmittedView dossier={dossier} procedureName={procedure.name} />;

  const index = WIZARD_STEPS.indexOf(step);
  const saving = saveState.kind === 'saving';
  const busy = submit.isPending;

  return (
    <div className="page">
      <DocumentTitle page={`${texts.submission.steps[step]} — ${procedure.name}`} />
      <div className="container wizard">
        <BackLink to={paths.drafts}>{texts.submission.toDrafts}</BackLink>
        <header className="page__header wizard__header">
          <p className="wizard__eyebrow">{texts.submission.startTitle}</p>
          <h1>{procedure.name}</h1>
          <p className="wizard__code">{texts.submission.procedureCode(procedure.code)}</p>
        </header>

        <StepNav step={step} onGo={goTo} />

        <div className="wizard-save">
          <p className="wizard-save__status" role="status">
            <SaveStatus state={saveState} dirty={dirty} />
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={saving}
            onClick={() => void save()}
          >
            {texts.submission.saveDraft}
          </button>
        </div>

        {saveState.kind === 'conflict' ? (
          <Alert tone="info" title={texts.submission.conflictTitle} focusOnMount>
            <p>{texts.submission.conflictText}</p>
          </Alert>
        ) : null}
        {saveState.kind === 'failed' ? (
          <Alert tone="error" title={texts.submission.saveFailed}>
            <p>{saveState.message}</p>
            <p>{texts.submission.saveFailedText}</p>
          </Alert>
        ) : null}
        {summary && summary.length > 0 ? (
          <Alert tone="error" title={texts.submission.submitFailed}>
            <p>{texts.submission.submitErrors}</p>
            <ul className="error-summary">
              {summary.map((item, i) => (
                <li key={i}>
                  <button
                    type="button"
                    className="error-summary__link"
                    onClick={() => showStep(item.step, item.target)}
                  >
                    {texts.submission.submitErrorsIn(texts.submission.steps[item.step])} {item.message}
                  </button>
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}

        <FormProvider {...form}>
          <WizardContext.Provider value={context}>
            <form
              className="card wizard__card"
              noValidate
              onSubmit={onSubmit}
              aria-labelledby={STEP_HEADING_ID}
            >
              <h2 id={STEP_HEADING_ID} className="wizard__step-heading" tabIndex={-1}>
                <span className="wizard__step-number">
                  {texts.submission.stepOf(index + 1, WIZARD_STEPS.length)}
                </span>
                {texts.submission.steps[step]}
              </h2>
              <StepContent step={step} />
              {step === 'review' && submitError ? (
                <Alert tone="error" title={texts.submission.submitFailed} focusOnMount>
                  <p>{submitError}</p>
                </Alert>
              ) : null}
              <div className="wizard__actions">
                {index > 0 ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() => {
                      const previous = WIZARD_STEPS[index - 1];
                      if (previous) goTo(previous);
                    }}
                  >
                    {texts.submission.back}
                  </button>
                ) : null}
                <button type="submit" className="button button--primary" disabled={busy || saving}>
                  {step === 'review'
                    ? busy
                      ? texts.submission.submitting
                      : texts.submission.submit
                    : texts.submission.next}
                </button>
              </div>
            </form>
          </WizardContext.Provider>
        </FormProvider>
      </div>
    </div>
  );
}
