import { zodResolver } from '@hookform/resolvers/zod';
import type { CitizenDossier } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormErrorAlert } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { TextAreaField } from '../../../components/field';
import { texts } from '../../../config/texts';
import { applyServerErrors, type FormError } from '../../../lib/form-errors';
import { useRequestStop } from '../api/request-stop';
import { actionErrorMessage } from '../my-dossier';
import {
  emptyStopForm,
  StopFormSchema,
  stopFields,
  toStopPayload,
  type StopFormValues,
} from '../my-dossier-form-schema';

type Kind = 'withdraw' | 'stop_request';

function StopDialog({
  dossier,
  kind,
  onClose,
  onDone,
}: {
  dossier: CitizenDossier;
  kind: Kind;
  onClose: () => void;
  onDone: (updated: CitizenDossier) => void;
}) {
  const stop = useRequestStop();
  const [formError, setFormError] = useState<FormError | null>(null);
  const withdraw = kind === 'withdraw';
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<StopFormValues>({ resolver: zodResolver(StopFormSchema), defaultValues: emptyStopForm });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onDone(await stop.mutateAsync({ dossierId: dossier.id, ...toStopPayload(values, dossier.version) }));
    } catch (error) {
      const { message, marked } = applyServerErrors(error, stopFields, setError);
      setFormError({
        message: actionErrorMessage(error, message, texts.myDossiers.versionConflict),
        focus: marked === 0,
      });
    }
  });

  return (
    <Dialog
      title={withdraw ? texts.myDossiers.withdrawTitle : texts.myDossiers.stopTitle}
      closeLabel={texts.myDossiers.close}
      busy={stop.isPending}
      onClose={onClose}
    >
      <p>
        {withdraw ? texts.myDossiers.withdrawText(dossier.code) : texts.myDossiers.stopText(dossier.code)}
      </p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextAreaField
          label={texts.myDossiers.reason}
          hint={texts.myDossiers.reasonHint}
          required
          rows={3}
          error={errors.reason?.message}
          {...register('reason')}
        />
        <FormErrorAlert
          title={withdraw ? texts.myDossiers.withdrawFailed : texts.myDossiers.stopFailed}
          error={formError}
        />
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={stop.isPending}
            onClick={onClose}
          >
            {texts.myDossiers.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={stop.isPending}>
            {stop.isPending
              ? texts.myDossiers.submittingShort
              : withdraw
                ? texts.myDossiers.confirmWithdraw
                : texts.myDossiers.confirmStop}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The way out, last on the page: withdraw a dossier nobody has accepted yet, or ask the agency to stop one it is
 * working on. Shown only for the action the dossier allows; both ask for a reason in a dialog first.
 */
export function StopRequestSection({
  dossier,
  onDone,
}: {
  dossier: CitizenDossier;
  onDone: (updated: CitizenDossier) => void;
}) {
  const [open, setOpen] = useState(false);
  const kind: Kind | null = dossier.actions.includes('withdraw')
    ? 'withdraw'
    : dossier.actions.includes('stop_request')
      ? 'stop_request'
      : null;
  if (kind === null) return null;
  const withdraw = kind === 'withdraw';

  return (
    <section className="card dossier-section dossier-end" aria-labelledby="end-heading">
      <h2 id="end-heading" className="card__heading">
        {texts.myDossiers.endHeading}
      </h2>
      <p>{withdraw ? texts.myDossiers.withdrawLead : texts.myDossiers.stopLead}</p>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {withdraw ? texts.myDossiers.withdraw : texts.myDossiers.stopRequest}
      </button>
      {open ? (
        <StopDialog
          dossier={dossier}
          kind={kind}
          onClose={() => setOpen(false)}
          onDone={(updated) => {
            setOpen(false);
            onDone(updated);
          }}
        />
      ) : null}
    </section>
  );
}
