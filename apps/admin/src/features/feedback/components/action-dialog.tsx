import type { FeedbackAction, FeedbackDetail, FeedbackTargets } from '@motcua/shared';
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useForm, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Combobox } from '../../../components/combobox';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { Checkbox, Fieldset, SelectField, TextAreaField } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { useActOnFeedback } from '../api/act-on-feedback';
import { useFeedbackTargets } from '../api/get-feedback-targets';
import {
  ACTION_FORM_FIELDS,
  ACTION_SPECS,
  MAX_COORDINATING,
  actionResolver,
  emptyActionForm,
  isStale,
  submitLabel,
  type ActionFormValues,
  type ActionOutput,
} from '../lib/action-form';
import { matchByName } from '../lib/fold';

type Problem = { kind: 'conflict' | 'error'; message: string };
type Form = UseFormReturn<ActionFormValues, unknown, ActionOutput>;

/** The label of an action's button and dialog; the answer's send says where it goes. */
export function actionLabel(
  action: FeedbackAction,
  feedback: Pick<FeedbackDetail, 'approvalRequired'>,
): string {
  return action === 'submit_answer' ? submitLabel(feedback) : texts.feedback.actions[action];
}

function TargetsProblem({ query }: { query: { isError: boolean; refetch: () => unknown } }) {
  if (!query.isError) return null;
  return (
    <Alert tone="danger">
      {texts.feedback.dialog.targetsFailed}
      <div className="alert-actions">
        <Button size="sm" onClick={() => void query.refetch()}>
          {texts.common.retry}
        </Button>
      </div>
    </Alert>
  );
}

/** The lead unit (the agency itself or a unit under it) and the units that contribute an opinion. */
function ForwardFields({
  feedback,
  targets,
  form,
  errors,
}: {
  feedback: FeedbackDetail;
  targets: FeedbackTargets | undefined;
  form: Form;
  errors: FieldErrors<ActionFormValues>;
}) {
  const d = texts.feedback.dialog;
  const lead = form.watch('leadUnitId');
  const chosen = form.watch('coordinatingUnitIds');
  const units = targets?.forward ?? [];
  const coordinators = units.filter((u) => u.id !== lead);
  const chosenCount = chosen.filter((id) => id !== lead).length;
  return (
    <>
      <SelectField
        label={d.leadUnit}
        required
        error={errors.leadUnitId?.message}
        {...form.register('leadUnitId')}
      >
        <option value="">{targets ? d.leadUnitPlaceholder : d.targetsLoading}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.id === feedback.receivingUnit.id ? d.itself(unit.name) : unit.name}
          </option>
        ))}
      </SelectField>
      <Fieldset
        legend={d.coordinating}
        hint={`${d.coordinatingHint(MAX_COORDINATING)} ${d.coordinatingChosen(chosenCount)}`}
        error={errors.coordinatingUnitIds?.message}
      >
        {targets && coordinators.length === 0 ? (
          <p className="muted">{d.coordinatingNone}</p>
        ) : (
          <div className="fb-unit-checks">
            {coordinators.map((unit) => (
              <Checkbox
                key={unit.id}
                label={unit.name}
                name="coordinatingUnitIds"
                value={unit.id}
                checked={chosen.includes(unit.id)}
                // Held as an array whatever the number of boxes (one native checkbox would give a boolean).
                onChange={(event) =>
                  form.setValue(
                    'coordinatingUnitIds',
                    event.target.checked ? [...chosen, unit.id] : chosen.filter((id) => id !== unit.id),
                    { shouldValidate: form.formState.isSubmitted },
                  )
                }
              />
            ))}
          </div>
        )}
      </Fieldset>
    </>
  );
}

/** Another agency, found by typing part of its name (diacritics optional). */
function TransferField({
  targets,
  form,
  error,
  inputRef,
}: {
  targets: FeedbackTargets | undefined;
  form: Form;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const d = texts.feedback.dialog;
  const [typed, setTyped] = useState('');
  const options = useMemo(() => matchByName(targets?.transfer ?? [], typed).slice(0, 50), [targets, typed]);
  const validateAgain = form.formState.isSubmitted;
  return (
    <Combobox
      label={d.targetAgency}
      className="fb-combobox"
      required
      placeholder={d.targetAgencyPlaceholder}
      error={error}
      inputRef={inputRef}
      inputValue={typed}
      onInputChange={(value) => {
        setTyped(value);
        // Typing again undoes the choice until an agency is picked from the list.
        if (form.getValues('unitId') !== '') form.setValue('unitId', '', { shouldValidate: validateAgain });
      }}
      options={options}
      optionKey={(unit) => unit.id}
      renderOption={(unit) => unit.name}
      onSelect={(unit) => {
        setTyped(unit.name);
        form.setValue('unitId', unit.id, { shouldValidate: validateAgain });
      }}
      message={!targets ? d.targetsLoading : options.length === 0 ? d.noMatch : undefined}
      announcement={targets ? (options.length > 0 ? d.matches(options.length) : d.noMatch) : undefined}
    />
  );
}

/**
 * One action on a feedback with the inputs it needs (FeedbackActionSchema): a lead unit and coordinators, another
 * agency, a reason, a comment, or a last look at the answer before it is sent. It sends the feedback's latest
 * version; if someone else acted meanwhile, the feedback is reloaded and the dialog says whether the action still
 * applies.
 */
export function ActionDialog({
  feedback,
  action,
  answer = '',
  onClose,
  onReload,
}: {
  /** The latest copy: after a reload the dialog follows it. */
  feedback: FeedbackDetail;
  action: FeedbackAction;
  /** For the answer's send: the text in the editor. */
  answer?: string;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const d = texts.feedback.dialog;
  const spec = ACTION_SPECS[action];
  const label = actionLabel(action, feedback);
  const toast = useToast();
  const mutation = useActOnFeedback();
  const needsTargets = spec.dialog === 'forward' || spec.dialog === 'transfer';
  const targets = useFeedbackTargets(feedback.id, needsTargets);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reloading, setReloading] = useState(false);
  const resolver = useMemo(() => actionResolver(action), [action]);
  const form = useForm<ActionFormValues, unknown, ActionOutput>({
    resolver,
    defaultValues: emptyActionForm(answer),
  });
  const comboRef = useRef<HTMLInputElement>(null);
  const { errors } = form.formState;
  const stillAllowed = feedback.actions.includes(action);

  const onSubmit = form.handleSubmit(
    (output) => {
      setProblem(null);
      mutation.mutate(
        // The version of the copy on screen now, which a reload may have renewed since the dialog opened.
        { id: feedback.id, input: { ...output, version: feedback.version } },
        {
          onSuccess: () => {
            toast.notify(d.done(label));
            onClose();
          },
          onError: (error) => {
            if (isStale(error)) {
              setProblem({ kind: 'conflict', message: d.conflict });
              setReloading(true);
              void onReload().finally(() => setReloading(false));
            } else {
              setProblem({
                kind: 'error',
                message: applyServerErrors(error, form.setError, ACTION_FORM_FIELDS),
              });
            }
          },
        },
      );
    },
    // The agency picker is not a registered input, so the form cannot focus it by itself.
    (invalid) => {
      if (invalid.unitId && !invalid.comment) comboRef.current?.focus();
    },
  );

  const reasons: Partial<Record<FeedbackAction, string>> = d.reasons;
  const reasonLabel = reasons[action];
  const allowedNow =
    feedback.actions.length > 0
      ? d.allowedNow(feedback.actions.map((a) => actionLabel(a, feedback)).join(', '))
      : d.noneAllowedNow;

  return (
    <Dialog
      title={label}
      description={d.descriptions[action] || undefined}
      onClose={onClose}
      busy={mutation.isPending}
      tone={spec.emphasis === 'danger' ? 'danger' : 'default'}
      size={spec.dialog === 'forward' || spec.dialog === 'submit_answer' ? 'lg' : 'md'}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            {problem && (
              <Alert tone={problem.kind === 'conflict' ? 'warning' : 'danger'}>
                {problem.message}
                {problem.kind === 'conflict' && !reloading && (
                  <p>{stillAllowed ? d.conflictRetry : `${d.notAllowedNow} ${allowedNow}`}</p>
                )}
              </Alert>
            )}
            {needsTargets && <TargetsProblem query={targets} />}

            {spec.dialog === 'forward' && (
              <ForwardFields feedback={feedback} targets={targets.data} form={form} errors={errors} />
            )}
            {spec.dialog === 'transfer' && (
              <TransferField
                targets={targets.data}
                form={form}
                error={errors.unitId?.message}
                inputRef={comboRef}
              />
            )}
            {spec.dialog === 'submit_answer' && (
              <>
                <section className="fb-answer-preview" aria-labelledby="fb-answer-preview-title">
                  <h3 id="fb-answer-preview-title" className="fb-block-title">
                    {d.answerPreview}
                  </h3>
                  <p className="fb-text">{answer}</p>
                </section>
                {errors.answer?.message && <Alert tone="danger">{errors.answer.message}</Alert>}
                <Alert tone="info">
                  {feedback.approvalRequired
                    ? texts.feedback.answer.approvalNote
                    : texts.feedback.answer.directNote}
                </Alert>
              </>
            )}

            <TextAreaField
              label={reasonLabel ?? d.comment}
              hint={reasonLabel ? d.reasonHint : d.commentHint}
              required={reasonLabel !== undefined}
              rows={reasonLabel ? 4 : 3}
              error={errors.comment?.message}
              {...form.register('comment')}
            />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {texts.common.cancel}
          </Button>
          <Button
            type="submit"
            variant={spec.emphasis === 'danger' ? 'danger' : 'primary'}
            busy={mutation.isPending || reloading}
            disabled={!stillAllowed || (needsTargets && !targets.data)}
          >
            {mutation.isPending ? d.submitting : label}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
