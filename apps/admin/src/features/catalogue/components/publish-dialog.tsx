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
import { usePublishProcedure } from '../api/publish-procedure';
import { defaultEffectiveFrom } from '../lib/versions';

const t = texts.catalogue.publish;

export function PublishDialog({
  draft,
  today,
  latestFrom,
  onClose,
  onPublished,
}: {
  draft: Procedure;
  today: string;
  latestFrom: string | null | undefined;
  onClose: () => void;
  onPublished?: (published: Procedure) => void;
}) {
  const mutation = usePublishProcedure();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = z.object({
    effectiveFrom: DateStringSchema.refine((date) => date >= today, t.notBeforeToday),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { effectiveFrom: defaultEffectiveFrom(today, latestFrom) },
  });

  // The native date box follows the browser's language; the hint says the day the Vietnamese way.
  const chosen = form.watch('effectiveFrom');

  const onSubmit = form.handleSubmit(({ effectiveFrom }) => {
    setFormError(null);
    mutation.mutate(
      { id: draft.id, effectiveFrom, version: draft.version },
      {
        onSuccess: (published) => {
          toast.notify(t.published(published.code, formatDate(effectiveFrom)));
          onPublished?.(published);
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
            <p>{t.text(draft.code, draft.versionNo)}</p>
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
