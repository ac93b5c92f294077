import type { Dossier, DossierAction } from '@motcua/shared';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { CloseIcon, PlusIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { addDays, formatDateTime, todayInVietnam } from '../../../lib/format';
import { useActOnDossier } from '../api/act-on-dossier';
import { useAssignees } from '../api/get-assignees';
import {
  ACTION_NEEDS,
  actionResolver,
  emptyActionForm,
  isActionPath,
  type ActionFormValues,
  type ActionOutput,
} from '../lib/action-form';
import { applyNestedServerErrors } from '../lib/server-errors';

type Problem = { kind: 'conflict' | 'not_allowed' | 'error'; message: string };

const MAX_ITEMS = 30;

/**
 * One action on a dossier with the inputs it needs (DossierActionSchema): a reason, an officer, the missing
 * documents, a new date, a payment. It sends the dossier's latest version; if someone else changed the
 * dossier meanwhile, the dossier is reloaded and the dialog says whether the action still applies.
 */
export function ActionDialog({
  dossier,
  action,
  onClose,
  onReload,
}: {
  /** The latest copy: after a reload the dialog follows it. */
  dossier: Dossier;
  action: DossierAction;
  onClose: () => void;
  onReload: () => void;
}) {
  const f = texts.dossiers.actionForm;
  const label = texts.dossiers.actions[action];
  const needs = ACTION_NEEDS[action];
  const toast = useToast();
  const mutation = useActOnDossier();
  const assignees = useAssignees(needs.assignee === true);
  const [problem, setProblem] = useState<Problem | null>(null);
  const resolver = useMemo(() => actionResolver(action), [action]);
  const form = useForm<ActionFormValues, unknown, ActionOutput>({
    resolver,
    defaultValues: emptyActionForm(dossier.feeVnd),
  });
  const items = useFieldArray({ control: form.control, name: 'items' });
  const { errors } = form.formState;
  const stillAllowed = dossier.allowedActions.includes(action);
  const allowedNow =
    dossier.allowedActions.length > 0
      ? f.allowedNow(dossier.allowedActions.map((a) => texts.dossiers.actions[a]).join(', '))
      : f.noneAllowedNow;

  const onSubmit = form.handleSubmit((output) => {
    setProblem(null);
    mutation.mutate(
      // The version of the copy on screen now, which a reload may have renewed since the dialog opened.
      { id: dossier.id, input: { ...output, version: dossier.version } },
      {
        onSuccess: () => {
          toast.notify(f.done(label));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'version_conflict') {
            setProblem({ kind: 'conflict', message: f.conflict });
            onReload();
          } else if (isApiError(error) && error.status === 409) {
            setProblem({ kind: 'not_allowed', message: error.detail ?? error.title });
            onReload();
          } else {
            setProblem({
              kind: 'error',
              message: applyNestedServerErrors(error, form.setError, isActionPath),
            });
          }
        },
      },
    );
  });

  const reasons: Partial<Record<DossierAction, string>> = f.reasons;
  const commentLabel = (needs.reason && reasons[action]) || (needs.assignee ? f.directive : f.comment);
  const tomorrow = addDays(todayInVietnam(), 1);

  return (
    <Dialog
      title={label}
      description={f.descriptions[action]}
      onClose={onClose}
      busy={mutation.isPending}
      tone={needs.danger ? 'danger' : 'default'}
      size={needs.items ? 'lg' : 'md'}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            {problem && (
              <Alert tone={problem.kind === 'error' ? 'danger' : 'warning'}>
                {problem.message}
                {problem.kind !== 'error' && !stillAllowed && <p>{allowedNow}</p>}
              </Alert>
            )}
            {!stillAllowed && !problem && <Alert tone="warning">{f.noLongerAllowed}</Alert>}

            {needs.assignee && (
              <SelectField
                label={f.assignee}
                required
                error={
                  errors.assigneeId?.message ??
                  (assignees.isError ? texts.dossiers.bulk.assigneesUnavailable : undefined)
                }
                disabled={!assignees.data}
                {...form.register('assigneeId')}
              >
                <option value="">{assignees.isPending ? f.assigneesLoading : f.assigneePlaceholder}</option>
                {assignees.data?.map((a) => (
                  <option key={a.id} value={a.id}>
                    {texts.dossiers.assigneeOption(a.fullName, a.username, a.openDossiers)}
                  </option>
                ))}
              </SelectField>
            )}

            {needs.items && (
              <fieldset
                className="fieldset"
                aria-describedby={errors.items?.message ? 'items-error items-hint' : 'items-hint'}
              >
                <legend className="field-label is-required">
                  {f.items}
                  <span className="sr-only"> ({texts.common.required})</span>
                </legend>
                <p id="items-hint" className="field-hint">
                  {f.itemsHint}
                </p>
                <ol className="item-lines">
                  {items.fields.map((field, index) => (
                    <li key={field.id} className="item-line">
                      <div className="item-line-row">
                        <TextField
                          label={f.item(index + 1)}
                          className="item-line-field"
                          error={errors.items?.[index]?.text?.message}
                          {...form.register(`items.${index}.text`)}
                        />
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={f.removeItem(index + 1)}
                          disabled={items.fields.length === 1}
                          onClick={() => items.remove(index)}
                        >
                          <CloseIcon width={18} height={18} />
                        </button>
                      </div>
                    </li>
                  ))}
                </ol>
                <div>
                  <Button
                    size="sm"
                    disabled={items.fields.length >= MAX_ITEMS}
                    onClick={() => items.append({ text: '' }, { shouldFocus: true })}
                  >
                    <PlusIcon width={16} height={16} />
                    {f.addItem}
                  </Button>
                </div>
                {errors.items?.message && (
                  <p id="items-error" className="field-error">
                    {errors.items.message}
                  </p>
                )}
              </fieldset>
            )}

            {needs.newDueDate && (
              <TextField
                label={f.newDueDate}
                hint={f.newDueDateHint(dossier.dueAt ? formatDateTime(dossier.dueAt) : texts.common.none)}
                type="date"
                required
                min={tomorrow}
                error={errors.newDueDate?.message}
                {...form.register('newDueDate')}
              />
            )}

            {needs.payment && (
              <div className="form-row">
                <TextField
                  label={f.amount}
                  inputMode="numeric"
                  required
                  error={errors.amountVnd?.message}
                  {...form.register('amountVnd')}
                />
                <TextField
                  label={f.receiptNumber}
                  autoComplete="off"
                  error={errors.receiptNumber?.message}
                  {...form.register('receiptNumber')}
                />
              </div>
            )}

            <TextAreaField
              label={commentLabel}
              hint={needs.reason ? f.reasonHint : f.commentHint}
              required={needs.reason}
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
            variant={needs.danger ? 'danger' : 'primary'}
            busy={mutation.isPending}
            disabled={!stillAllowed}
          >
            {mutation.isPending ? f.submitting : label}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
