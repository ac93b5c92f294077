import { zodResolver } from '@hookform/resolvers/zod';
import { DateStringSchema, type Workflow } from '@motcua/shared';
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
import { usePublishWorkflow } from '../api/publish-workflow';

const t = texts.workflows.publish;

/** Publication from a date; the API refuses steps that exceed the legal limit, shown here as the reason. */
export function PublishWorkflowDialog({
  workflow,
  today,
  onClose,
}: {
  workflow: Workflow;
  today: string;
  onClose: () => void;
}) {
  const mutation = usePublishWorkflow();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = z.object({
    effectiveFrom: DateStringSchema.refine((date) => date >= today, t.notBeforeToday),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { effectiveFrom: today },
  });

  // The native date box follows the browser's language; the hint says the day the Vietnamese way.
  const chosen = form.watch('effectiveFrom');

  const onSubmit = form.handleSubmit(({ effectiveFrom }) => {
    setFormError(null);
    mutation.mutate(
      { id: workflow.id, effectiveFrom, version: workflow.version },
      {
        onSuccess: (published) => {
          toast.notify(t.published(published.procedureCode, formatDate(effectiveFrom)));
          onClose();
        },
        onError: (error) => setFormError(applyServerErrors(error, form.setError, ['effectiveFrom'])),
      },
    );
  });

  return (
    <Dialog title={t.title} onClose={onClose} busy={mutation.isPending} size="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            <p>{t.text(workflow.procedureCode, workflow.ownerUnitName)}</p>
            {formError && <Alert tone="danger">{formError}</Alert>}
            <TextField
              label={t.effectiveFrom}
              hint={
                isIsoDate(chosen) ? t.chosen(t.effectiveFromHint, formatDate(chosen)) : t.effectiveFromHint
              }
              type="date"
              min={today}
              required
              error={form.formState.errors.effectiveFrom?.message}
              {...form.register('effectiveFrom')}
            />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {t.confirm}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
