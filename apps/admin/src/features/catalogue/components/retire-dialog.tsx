import { zodResolver } from '@hookform/resolvers/zod';
import { DateStringSchema, type Procedure } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { TextField } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDate, isIsoDate } from '../../../lib/format';
import { useRetireProcedure } from '../api/retire-procedure';

const t = texts.catalogue.retire;

/** Ends a procedure on a last day; the officer sees the consequence before confirming. */
export function RetireDialog({
  procedure,
  today,
  onClose,
}: {
  /** The published version that is open-ended. */
  procedure: Procedure;
  today: string;
  onClose: () => void;
}) {
  const mutation = useRetireProcedure();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const from = procedure.effectiveFrom ?? today;
  const schema = z.object({
    effectiveTo: DateStringSchema.refine((date) => date >= from, t.tooEarly(formatDate(from))),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { effectiveTo: today >= from ? today : from },
  });

  // The native date box follows the browser's language; the hint says the day the Vietnamese way.
  const chosen = form.watch('effectiveTo');

  const onSubmit = form.handleSubmit(({ effectiveTo }) => {
    setFormError(null);
    mutation.mutate(
      { code: procedure.code, effectiveTo },
      {
        onSuccess: () => {
          toast.notify(t.retired(procedure.code, formatDate(effectiveTo)));
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(error, form.setError, ['effectiveTo'])),
      },
    );
  });

  return (
    <Dialog title={t.title} onClose={onClose} busy={mutation.isPending} size="sm" tone="danger">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            <p>{t.text(procedure.name)}</p>
            {formError && <Alert tone="danger">{formError}</Alert>}
            <TextField
              label={t.lastDay}
              hint={
                isIsoDate(chosen)
                  ? texts.catalogue.publish.chosen(t.lastDayHint(formatDate(from)), formatDate(chosen))
                  : t.lastDayHint(formatDate(from))
              }
              type="date"
              min={from}
              required
              error={form.formState.errors.effectiveTo?.message}
              {...form.register('effectiveTo')}
            />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending} data-autofocus>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="danger" busy={mutation.isPending}>
            {t.confirm}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
