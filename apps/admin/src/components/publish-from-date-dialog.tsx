import { zodResolver } from '@hookform/resolvers/zod';
import { DateStringSchema } from '@motcua/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { texts } from '../config/i18n';
import { applyServerErrors } from '../lib/form-errors';
import { formatDate, isIsoDate } from '../lib/format';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog, DialogBody, DialogFooter } from './dialog';
import { TextField } from './field';

export type PublishTexts = {
  title: string;
  effectiveFrom: string;
  effectiveFromHint: string;
  chosen: (hint: string, date: string) => string;
  notBeforeToday: string;
  confirm: string;
};

type PublishVariables = { id: string; effectiveFrom: string; version: number };

/**
 * Publishing a draft (a procedure version, a workflow) from a date that is today or later. The API's refusal —
 * a date before the version in force, steps over the legal limit — lands on the field or above it.
 */
export function PublishFromDateDialog<T>({
  t,
  description,
  draft,
  today,
  defaultDate,
  mutation,
  onPublished,
  onClose,
}: {
  t: PublishTexts;
  description: string;
  draft: { id: string; version: number };
  today: string;
  defaultDate: string;
  mutation: UseMutationResult<T, unknown, PublishVariables>;
  onPublished: (published: T, effectiveFrom: string) => void;
  onClose: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const schema = z.object({
    effectiveFrom: DateStringSchema.refine((date) => date >= today, t.notBeforeToday),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { effectiveFrom: defaultDate },
  });

  // The native date box follows the browser's language; the hint says the day the Vietnamese way.
  const chosen = form.watch('effectiveFrom');

  const onSubmit = form.handleSubmit(({ effectiveFrom }) => {
    setFormError(null);
    mutation.mutate(
      { id: draft.id, effectiveFrom, version: draft.version },
      {
        onSuccess: (published) => {
          onPublished(published, effectiveFrom);
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
            <p>{description}</p>
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
