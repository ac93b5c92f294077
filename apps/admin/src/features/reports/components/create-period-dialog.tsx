import { zodResolver } from '@hookform/resolvers/zod';
import { PERIOD_KINDS, PeriodCreateSchema, type Period, type PeriodKind } from '@motcua/shared';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { Checkbox, Fieldset, SelectField, TextField } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { applyServerErrors } from '../../../lib/form-errors';
import { preparedResolver } from '../../../lib/form-resolver';
import { todayInVietnam } from '../../../lib/format';
import { useCreatePeriod } from '../api/create-period';
import { useReportTemplates } from '../api/get-report-templates';
import {
  emptyPeriodForm,
  followKind,
  latestTemplates,
  toPeriodCreate,
  type PeriodFormValues,
} from '../lib/period-form';

type Output = z.output<typeof PeriodCreateSchema>;

const FORM_FIELDS = ['name', 'kind', 'year', 'from', 'to', 'entryDeadline', 'templateIds'] as const;

const schemaResolver = preparedResolver(zodResolver(PeriodCreateSchema), toPeriodCreate, {
  from: texts.reports.create.dateRequired,
  to: texts.reports.create.dateRequired,
  entryDeadline: texts.reports.create.dateRequired,
});

/** The shared schema checks a number; a year typed wrong is told what a year looks like. */
const resolver: Resolver<PeriodFormValues, unknown, Output> = async (values, context, options) => {
  const result = await schemaResolver(values, context, options);
  const errors = result.errors as Record<string, { message?: string } | undefined>;
  if (errors.year) errors.year.message = texts.reports.create.yearInvalid;
  return result;
};

/**
 * Drafts a period for the units under the officer's unit: a kind and a year give the usual window (15th to 14th),
 * which stays editable; a custom period takes any dates. The forms offered are the latest version of each.
 */
export function CreatePeriodDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (period: Period) => void;
}) {
  const c = texts.reports.create;
  const toast = useToast();
  const mutation = useCreatePeriod();
  const templates = useReportTemplates();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PeriodFormValues, unknown, Output>({
    resolver,
    defaultValues: emptyPeriodForm(todayInVietnam()),
  });
  const { errors, isSubmitted } = form.formState;
  const kind = form.watch('kind');
  const chosen = form.watch('templateIds');
  const offered = templates.data ? latestTemplates(templates.data) : [];

  /** Kind or year about to change: the window (and the suggested name) follow. Called before the change lands. */
  function follow(next: { kind: PeriodKind; year: string }) {
    const followed = followKind(form.getValues(), next);
    const options = { shouldValidate: isSubmitted };
    form.setValue('name', followed.name, options);
    form.setValue('from', followed.from, options);
    form.setValue('to', followed.to, options);
  }

  const kindField = form.register('kind');
  const yearField = form.register('year');

  const onSubmit = form.handleSubmit((input) => {
    setFormError(null);
    mutation.mutate(input, {
      onSuccess: (period) => {
        toast.notify(c.created(period.name));
        onCreated(period);
      },
      onError: (error) => setFormError(applyServerErrors(error, form.setError, FORM_FIELDS)),
    });
  });

  return (
    <Dialog title={c.title} description={c.description} onClose={onClose} busy={mutation.isPending} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            {formError && <Alert tone="danger">{formError}</Alert>}
            <div className="form-row">
              <SelectField
                label={c.kind}
                required
                error={errors.kind?.message}
                {...kindField}
                onChange={(event) => {
                  follow({ kind: event.target.value as PeriodKind, year: form.getValues('year') });
                  void kindField.onChange(event);
                }}
              >
                {PERIOD_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {texts.reports.kinds[k]}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={c.year}
                required
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                error={errors.year?.message}
                {...yearField}
                onChange={(event) => {
                  follow({ kind: form.getValues('kind'), year: event.target.value });
                  void yearField.onChange(event);
                }}
              />
            </div>
            <TextField
              label={c.name}
              placeholder={c.namePlaceholder}
              required
              autoComplete="off"
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Fieldset legend={c.window} hint={kind === 'custom' ? c.customHint : c.windowHint}>
              <div className="form-row">
                <TextField
                  label={c.from}
                  type="date"
                  required
                  error={errors.from?.message}
                  {...form.register('from')}
                />
                <TextField
                  label={c.to}
                  type="date"
                  required
                  error={errors.to?.message}
                  {...form.register('to')}
                />
              </div>
            </Fieldset>
            <TextField
              label={c.deadline}
              type="date"
              required
              hint={c.deadlineHint}
              className="rp-deadline-field"
              error={errors.entryDeadline?.message}
              {...form.register('entryDeadline')}
            />
            <Fieldset legend={c.forms} hint={c.formsHint} required error={errors.templateIds?.message}>
              {templates.isPending && <p className="muted">{c.formsLoading}</p>}
              {templates.isError && (
                <Alert tone="danger">
                  {c.formsFailed}
                  <div className="alert-actions">
                    <Button size="sm" onClick={() => void templates.refetch()}>
                      {texts.common.retry}
                    </Button>
                  </div>
                </Alert>
              )}
              <div className="rp-form-checks">
                {offered.map((template) => (
                  <Checkbox
                    key={template.id}
                    name="templateIds"
                    value={template.id}
                    label={template.name}
                    hint={c.formVersion(template.code, template.versionNo)}
                    checked={chosen.includes(template.id)}
                    // Held as an array whatever the number of boxes (one native checkbox would give a boolean).
                    onChange={(event) =>
                      form.setValue(
                        'templateIds',
                        event.target.checked
                          ? [...chosen, template.id]
                          : chosen.filter((id) => id !== template.id),
                        { shouldValidate: isSubmitted },
                      )
                    }
                  />
                ))}
              </div>
            </Fieldset>
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {mutation.isPending ? c.submitting : c.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
