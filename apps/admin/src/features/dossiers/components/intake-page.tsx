import { RESULT_METHODS, type Method } from '@motcua/shared';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Checkbox, Fieldset, SelectField, TextAreaField, TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, Spinner } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { useCreateDossier } from '../api/create-dossier';
import { useProcedure } from '../api/get-procedure';
import {
  checklistFor,
  COUNTER_CHANNELS,
  emptyIntake,
  intakeResolver,
  isIntakePath,
  missingRequired,
  type IntakeFormValues,
  type IntakeOutput,
} from '../lib/intake-form';
import { applyNestedServerErrors } from '../lib/server-errors';
import { useNow } from '../lib/use-now';
import { ComponentsChecklist } from './components-checklist';
import { DuePreview } from './due-preview';
import { PersonFields } from './person-fields';
import { ProcedureCombobox, type PickedProcedure } from './procedure-combobox';
import '../dossiers.css';

function feeText(method: Method | undefined): string {
  const d = texts.dossiers.detail;
  if (!method) return texts.common.none;
  if (method.feeVnd === null) return method.feeText ?? d.feeVaries;
  if (method.feeVnd === 0) return method.feeText ?? d.feeNone;
  return texts.dossiers.money(method.feeVnd);
}

/**
 * Counter intake (hồ sơ nộp trực tiếp hoặc qua bưu chính): the procedure and its case, the checklist of
 * documents, the applicant, how the result is collected; the appointment is previewed live. On success the
 * dossier opens with its code.
 */
export function IntakePage() {
  const t = texts.dossiers.intake;
  const navigate = useNavigate();
  const toast = useToast();
  const now = useNow();
  const mutation = useCreateDossier();
  const [picked, setPicked] = useState<PickedProcedure | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const checklistRef = useRef<HTMLFieldSetElement>(null);
  const procedure = useProcedure(picked?.code ?? '');
  const data = procedure.data;

  const form = useForm<IntakeFormValues, unknown, IntakeOutput>({
    resolver: intakeResolver,
    defaultValues: emptyIntake(),
  });
  const { control, register, setValue, getValues, formState } = form;
  const caseIndex = Number(useWatch({ control, name: 'caseIndex' })) || 0;
  const channel = useWatch({ control, name: 'channel' });
  const checks = useWatch({ control, name: 'components' });
  const hasAuthorised = useWatch({ control, name: 'hasAuthorisedPerson' });
  const procedureField = useController({ control, name: 'procedureCode' });

  const components = useMemo(() => data?.cases[caseIndex]?.components ?? [], [data, caseIndex]);
  const counterMethods = data?.methods.filter((m) => COUNTER_CHANNELS.some((c) => c === m.channel)) ?? [];
  const method = counterMethods.find((m) => m.channel === channel);
  // Missing documents turn red once the officer has tried to submit, not while they are still ticking.
  const missing = useMemo(
    () => new Set(formState.isSubmitted ? missingRequired(checks ?? []) : []),
    [formState.isSubmitted, checks],
  );

  // A new procedure or case brings its own checklist, and perhaps other channels.
  useEffect(() => {
    if (!data) return;
    setValue('components', checklistFor(data.cases[caseIndex]?.components ?? []));
    form.clearErrors('components');
    const channels = data.methods.map((m) => m.channel);
    if (!channels.includes(getValues('channel'))) {
      const first = COUNTER_CHANNELS.find((c) => channels.includes(c));
      if (first) setValue('channel', first);
    }
  }, [data, caseIndex, setValue, getValues, form]);

  function pickProcedure(next: PickedProcedure | null) {
    setPicked(next);
    setValue('caseIndex', '0');
    setValue('components', []);
    procedureField.field.onChange(next?.code ?? '');
    if (formState.isSubmitted) void form.trigger('procedureCode');
  }

  function markRequired() {
    getValues('components').forEach((check, index) => {
      if (check.required) setValue(`components.${index}.provided`, true, { shouldDirty: true });
    });
    if (formState.isSubmitted) void form.trigger('components');
  }

  function resetForm() {
    form.reset(emptyIntake());
    setPicked(null);
    setFormError(null);
    setConfirmReset(false);
  }

  const onSubmit = form.handleSubmit(
    (input) => {
      setFormError(null);
      mutation.mutate(input, {
        onSuccess: (dossier) => {
          toast.notify(t.received(dossier.code));
          void navigate(`/dossiers/${dossier.id}`, { state: { received: true } });
        },
        onError: (error) => {
          setFormError(applyNestedServerErrors(error, form.setError, isIntakePath));
          // The checklist has no single input to focus: bring it into view instead.
          if (isApiError(error) && error.errors.some((e) => e.field.startsWith('body.components'))) {
            checklistRef.current?.focus();
          }
        },
      });
    },
    (errors) => {
      if (Object.keys(errors).length === 1 && errors.components) checklistRef.current?.focus();
    },
  );

  const { errors } = formState;
  const sectionIds = {
    procedure: useId(),
    components: useId(),
    applicant: useId(),
    authorised: useId(),
    other: useId(),
  };

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <form className="intake" onSubmit={onSubmit} noValidate>
        <div className="intake-main">
          {formError && <Alert tone="danger">{formError}</Alert>}

          <section className="card" aria-labelledby={sectionIds.procedure}>
            <h2 id={sectionIds.procedure} className="card-title">
              {t.procedureSection}
            </h2>
            <div className="form">
              <ProcedureCombobox
                value={picked}
                onChange={pickProcedure}
                required
                error={errors.procedureCode?.message}
                inputRef={procedureField.field.ref}
                onBlur={procedureField.field.onBlur}
              />
              {picked && procedure.isPending && (
                <p className="muted" role="status">
                  <Spinner size="sm" /> {t.procedureLoading}
                </p>
              )}
              {procedure.isError && (
                <ErrorState error={procedure.error} onRetry={() => void procedure.refetch()} />
              )}
              {data && (
                <>
                  <dl className="details details-inline procedure-facts">
                    <div>
                      <dt>{t.field}</dt>
                      <dd>{data.field}</dd>
                    </div>
                    <div>
                      <dt>{t.agency}</dt>
                      <dd>{data.agencies.executing}</dd>
                    </div>
                    <div>
                      <dt>{t.timeLimit}</dt>
                      <dd>
                        {method
                          ? t.timeLimitValue(
                              method.timeLimit.amount,
                              texts.dossiers.timeUnits[method.timeLimit.unit],
                            )
                          : texts.common.none}
                      </dd>
                    </div>
                    <div>
                      <dt>{t.fee}</dt>
                      <dd>
                        <span className="fee-amount">{feeText(method)}</span>
                        {method?.feeText && method.feeVnd !== null && method.feeVnd > 0 && (
                          <span className="fee-note">{method.feeText}</span>
                        )}
                      </dd>
                    </div>
                  </dl>
                  {data.cutoffTime && <p className="field-hint">{t.cutoff(data.cutoffTime)}</p>}
                  {counterMethods.length === 0 ? (
                    <Alert tone="warning">{t.noCounterChannel}</Alert>
                  ) : (
                    <Fieldset legend={t.channel} error={errors.channel?.message}>
                      <div className="radio-row">
                        {counterMethods.map((m) => (
                          <div key={m.channel} className="checkbox">
                            <input
                              id={`channel-${m.channel}`}
                              type="radio"
                              value={m.channel}
                              {...register('channel')}
                            />
                            <label htmlFor={`channel-${m.channel}`}>
                              {texts.dossiers.channels[m.channel]}
                            </label>
                          </div>
                        ))}
                      </div>
                    </Fieldset>
                  )}
                  {data.cases.length > 1 && (
                    <SelectField
                      label={t.caseLabel}
                      error={errors.caseIndex?.message}
                      {...register('caseIndex')}
                    >
                      {data.cases.map((c, index) => (
                        <option key={`${index}-${c.name}`} value={String(index)}>
                          {c.name}
                        </option>
                      ))}
                    </SelectField>
                  )}
                </>
              )}
            </div>
          </section>

          <section className="card" aria-labelledby={sectionIds.components}>
            <h2 id={sectionIds.components} className="card-title">
              {t.componentsSection}
            </h2>
            {!data ? (
              <p className="muted">{t.componentsPick}</p>
            ) : components.length === 0 ? (
              <p className="muted">{t.componentsNone}</p>
            ) : (
              <>
                <p className="card-intro">{t.componentsHint}</p>
                <ComponentsChecklist
                  ref={checklistRef}
                  components={components}
                  missing={missing}
                  register={register}
                  errors={errors}
                  onMarkRequired={markRequired}
                />
              </>
            )}
          </section>

          <section className="card" aria-labelledby={sectionIds.applicant}>
            <h2 id={sectionIds.applicant} className="card-title">
              {t.applicantSection}
            </h2>
            <PersonFields owner="applicant" register={register} errors={errors} />
          </section>

          <section className="card" aria-labelledby={sectionIds.authorised}>
            <h2 id={sectionIds.authorised} className="card-title">
              {t.authorisedSection}
            </h2>
            <Checkbox label={t.authorisedToggle} {...register('hasAuthorisedPerson')} />
            {hasAuthorised && (
              <div className="authorised-fields">
                <PersonFields owner="authorisedPerson" register={register} errors={errors} />
              </div>
            )}
          </section>

          <section className="card" aria-labelledby={sectionIds.other}>
            <h2 id={sectionIds.other} className="card-title">
              {t.otherSection}
            </h2>
            <div className="form">
              <div className="form-row">
                <TextField
                  label={t.sets}
                  type="number"
                  min={1}
                  max={20}
                  required
                  error={errors.sets?.message}
                  {...register('sets')}
                />
                <SelectField
                  label={t.resultMethod}
                  error={errors.resultMethod?.message}
                  {...register('resultMethod')}
                >
                  {RESULT_METHODS.map((m) => (
                    <option key={m} value={m}>
                      {texts.dossiers.resultMethods[m]}
                    </option>
                  ))}
                </SelectField>
              </div>
              <TextAreaField
                label={t.note}
                hint={t.noteHint}
                error={errors.note?.message}
                {...register('note')}
              />
            </div>
          </section>

          <div className="intake-actions">
            <Button type="submit" variant="primary" busy={mutation.isPending} className="btn-lg">
              {mutation.isPending ? t.submitting : t.submit}
            </Button>
            <Button onClick={() => setConfirmReset(true)} disabled={mutation.isPending}>
              {t.reset}
            </Button>
          </div>
        </div>

        <aside className="intake-aside">
          <DuePreview timeLimit={method?.timeLimit} cutoff={data?.cutoffTime} now={now} />
        </aside>
      </form>

      {confirmReset && (
        <ConfirmDialog
          title={t.reset}
          message={t.resetConfirm}
          confirmLabel={t.reset}
          tone="danger"
          onConfirm={resetForm}
          onCancel={() => setConfirmReset(false)}
        />
      )}
    </>
  );
}
