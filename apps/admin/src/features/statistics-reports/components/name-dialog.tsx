import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { TextField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { customFieldErrors, saveResolver, type SaveForm } from '../lib/custom-form';

const c = texts.statisticsReports.custom;

/**
 * Names a report (saving it, or renaming it). `onSubmit` sends it; a field error from the server lands on the name,
 * anything else above the buttons. A version conflict is the caller's to handle (it closes the dialog).
 */
export function NameDialog({
  title,
  initialName,
  onSubmit,
  onClose,
}: {
  title: string;
  initialName: string;
  onSubmit: (name: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const form = useForm<SaveForm, unknown, SaveForm>({
    resolver: saveResolver,
    defaultValues: { name: initialName },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const busy = form.formState.isSubmitting;

  async function submit(values: SaveForm) {
    setProblem(null);
    try {
      await onSubmit(values.name);
    } catch (error) {
      if (!isApiError(error)) {
        setProblem(texts.errors.unexpected);
        return;
      }
      if (error.code === 'version_conflict') return;
      const { fields, rest } = customFieldErrors(error.errors);
      const name = fields.find((f) => f.path === 'name');
      if (name) form.setError('name', { type: 'server', message: name.message }, { shouldFocus: true });
      const others = [...rest, ...fields.filter((f) => f.path !== 'name').map((f) => f.message)];
      setProblem(others.length > 0 ? others.join(' ') : name ? null : (error.detail ?? error.title));
    }
  }

  return (
    <Dialog title={title} onClose={onClose} busy={busy} size="sm">
      <form noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
        <DialogBody>
          <TextField
            label={c.name}
            placeholder={c.namePlaceholder}
            required
            maxLength={200}
            error={form.formState.errors.name?.message}
            {...form.register('name')}
          />
          {problem && <Alert tone="danger">{problem}</Alert>}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={busy}>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? texts.common.saving : texts.common.save}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
