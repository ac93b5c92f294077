import type { ReportAction, ReportForm } from '@motcua/shared';
import { useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError, isApiError } from '../../../lib/api-error';
import { useActOnReport } from '../api/act-on-report';
import type { FormRef } from '../api/keys';
import { useReopenReport } from '../api/reopen-report';
import { ReasonDialog } from './reason-dialog';

/** The steps a leader or a superior takes on a form that is not being typed; reopening is the issuer's. */
export type ReviewStep = Exclude<ReportAction, 'send_to_leader'> | 'reopen';

const ORDER: readonly ReviewStep[] = ['approve', 'accept', 'return_to_entry', 'return', 'reopen'];
const WITH_REASON: readonly ReviewStep[] = ['return_to_entry', 'return', 'reopen'];

export function reviewSteps(actions: readonly ReportAction[], canReopen: boolean): ReviewStep[] {
  return ORDER.filter((step) => (step === 'reopen' ? canReopen : actions.includes(step as ReportAction)));
}

function stepLabel(step: ReviewStep): string {
  return step === 'reopen' ? texts.reports.review.reopen : texts.reports.actions[step];
}

function failureMessage(error: unknown): string {
  if (isApiError(error) && error.status === 409) return texts.reports.review.conflict;
  const { title, detail } = describeError(error);
  return detail ?? title;
}

/**
 * The leader's "approve and send up" or "return to the entry account", the superior's "accept" or "return to the
 * unit", the issuer's "reopen": each asked once more, a return with its reason. A refusal because someone else acted
 * first reloads the form (the buttons follow its new state).
 */
export function ReviewActions({
  form,
  formRef,
  steps,
  isTop,
  onReload,
}: {
  form: ReportForm;
  formRef: FormRef;
  steps: ReviewStep[];
  /** The issuer's own form: its approval is final, there is nobody above. */
  isTop: boolean;
  onReload: () => Promise<unknown>;
}) {
  const r = texts.reports.review;
  const toast = useToast();
  const act = useActOnReport();
  const reopen = useReopenReport();
  const [open, setOpen] = useState<ReviewStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = act.isPending || reopen.isPending;

  function done(step: ReviewStep) {
    toast.notify(step === 'reopen' ? r.reopened : r.done(stepLabel(step)));
    setOpen(null);
  }

  function failed(failure: unknown) {
    setError(failureMessage(failure));
    if (isApiError(failure) && failure.status === 409) void onReload();
  }

  function run(step: ReviewStep, reason?: string) {
    setError(null);
    // A promise rather than mutate's callbacks: the step usually takes the buttons away, and mutate's callbacks
    // do not run for a component that is gone by then.
    const request =
      step === 'reopen'
        ? reopen.mutateAsync({ ref: formRef, reason: reason ?? '' })
        : act.mutateAsync({
            ref: formRef,
            input:
              step === 'return' || step === 'return_to_entry'
                ? { action: step, version: form.version, reason: reason ?? '' }
                : { action: step, version: form.version },
          });
    request.then(() => done(step), failed);
  }

  const confirmText =
    open === 'approve' ? (isTop ? r.approveTopText : r.approveText) : r.acceptText(form.unit.name);

  return (
    <>
      <div className="rp-action-buttons">
        {steps.map((step) => (
          <Button
            key={step}
            variant={WITH_REASON.includes(step) ? 'secondary' : 'primary'}
            onClick={() => {
              setError(null);
              setOpen(step);
            }}
          >
            {stepLabel(step)}
          </Button>
        ))}
      </div>
      {open && WITH_REASON.includes(open) && (
        <ReasonDialog
          title={open === 'reopen' ? r.reopenTitle : stepLabel(open)}
          description={open === 'reopen' ? r.reopenText(form.unit.name) : undefined}
          confirmLabel={stepLabel(open)}
          busy={busy}
          error={error}
          onSubmit={(reason) => run(open, reason)}
          onClose={() => setOpen(null)}
        />
      )}
      {open && !WITH_REASON.includes(open) && (
        <ConfirmDialog
          title={stepLabel(open)}
          message={confirmText}
          confirmLabel={stepLabel(open)}
          busy={busy}
          error={error}
          onConfirm={() => run(open)}
          onCancel={() => setOpen(null)}
        />
      )}
    </>
  );
}
