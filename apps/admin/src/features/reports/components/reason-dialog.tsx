import { zodResolver } from '@hookform/resolvers/zod';
import { ReportReopenSchema } from '@motcua/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { TextAreaField } from '../../../components/field';
import { texts } from '../../../config/i18n';

/** The reason of a return or a reopening, checked like the API checks it (5 to 2000 characters). */
const ReasonSchema = ReportReopenSchema.pick({ reason: true });
type ReasonForm = z.input<typeof ReasonSchema>;

/**
 * Asks for the reason of a step that sends the form back (return to the entry account, return to the unit, reopen).
 * `onSubmit` runs the request; an error it throws is shown in the dialog, which then stays open.
 */
export function ReasonDialog({
  title,
  description,
  confirmLabel,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  description?: string;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const r = texts.reports.review;
  const [submitted, setSubmitted] = useState(false);
  const form = useForm<ReasonForm, unknown, z.output<typeof ReasonSchema>>({
    resolver: zodResolver(ReasonSchema),
    defaultValues: { reason: '' },
  });
  const submit = form.handleSubmit((values) => {
    setSubmitted(true);
    onSubmit(values.reason);
  });
  return (
    <Dialog title={title} description={description} onClose={onClose} busy={busy}>
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <div className="form">
            {error && submitted && <Alert tone="danger">{error}</Alert>}
            <TextAreaField
              label={r.reason}
              hint={r.reasonHint}
              required
              rows={4}
              error={form.formState.errors.reason?.message}
              {...form.register('reason')}
            />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={busy}>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? r.submitting : confirmLabel}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
