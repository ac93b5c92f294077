import { zodResolver } from '@hookform/resolvers/zod';
import {
  UNIT_LEVELS,
  UnitCreateSchema,
  UnitUpdateSchema,
  type Unit,
  type UnitCreate,
  type UnitLevel,
  type UnitUpdate,
} from '@motcua/shared';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { useForm, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { Checkbox, SelectField, TextField } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts, unitLevelLabel } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { blankToNull, preparedResolver } from '../../../lib/form-resolver';
import { subtreeIds, buildTree } from '../../../lib/tree';
import { useCreateUnit } from '../api/create-unit';
import { useUpdateUnit } from '../api/update-unit';
import { unitOptions } from '../lib/unit-options';

/** What the inputs hold; empty optional dates and selects are '' until they are sent. */
type UnitFormValues = {
  parentId: string;
  name: string;
  level: UnitLevel | '';
  code: string;
  accountPrefix: string;
  validFrom: string;
  validTo: string;
  mergedIntoId: string;
  feedbackApprovalRequired: boolean;
  /** Not edited here, but sent back unchanged: the update replaces the whole unit. */
  officeHours: Unit['officeHours'];
  version: number;
};

const FORM_FIELDS = [
  'parentId',
  'name',
  'level',
  'code',
  'accountPrefix',
  'validFrom',
  'validTo',
  'mergedIntoId',
  'feedbackApprovalRequired',
] as const;

// An unchosen level stays '' so the shared schema rejects it with its own message.
const createResolver = preparedResolver(
  zodResolver(UnitCreateSchema),
  (v: UnitFormValues): UnitCreate => ({
    parentId: v.parentId,
    name: v.name,
    level: v.level as UnitLevel,
    code: v.code,
    accountPrefix: v.accountPrefix,
    validFrom: v.validFrom,
    validTo: blankToNull(v.validTo),
    feedbackApprovalRequired: v.feedbackApprovalRequired,
  }),
  { level: texts.units.levelRequired },
);

const updateResolver = preparedResolver(
  zodResolver(UnitUpdateSchema),
  (v: UnitFormValues): UnitUpdate => ({
    parentId: v.parentId,
    name: v.name,
    level: v.level as UnitLevel,
    code: v.code,
    accountPrefix: v.accountPrefix,
    validFrom: v.validFrom,
    validTo: blankToNull(v.validTo),
    mergedIntoId: blankToNull(v.mergedIntoId),
    feedbackApprovalRequired: v.feedbackApprovalRequired,
    officeHours: v.officeHours,
    version: v.version,
  }),
  { level: texts.units.levelRequired },
);

type FormError = { message: string; conflict: boolean } | null;

function toFormError(error: unknown, message: string): FormError {
  return { message, conflict: isApiError(error) && error.code === 'version_conflict' };
}

export function CreateUnitDialog({
  parent,
  units,
  today,
  onClose,
  onCreated,
}: {
  parent: Unit;
  units: Unit[];
  today: string;
  onClose: () => void;
  onCreated: (unit: Unit) => void;
}) {
  const mutation = useCreateUnit();
  const toast = useToast();
  const [formError, setFormError] = useState<FormError>(null);
  const form = useForm<UnitFormValues, unknown, z.output<typeof UnitCreateSchema>>({
    resolver: createResolver,
    defaultValues: {
      parentId: parent.id,
      name: '',
      level: '',
      code: `${parent.code}.`,
      accountPrefix: `${parent.accountPrefix}.`,
      validFrom: today,
      validTo: '',
      mergedIntoId: '',
      feedbackApprovalRequired: false,
      officeHours: null,
      version: 1,
    },
  });

  const onSubmit = form.handleSubmit((input) => {
    setFormError(null);
    mutation.mutate(input, {
      onSuccess: (unit) => {
        toast.notify(texts.units.created(unit.name));
        onCreated(unit);
      },
      onError: (error) =>
        setFormError(toFormError(error, applyServerErrors(error, form.setError, FORM_FIELDS))),
    });
  });

  return (
    <Dialog title={texts.units.createTitle} onClose={onClose} busy={mutation.isPending} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <UnitFields
            units={units}
            today={today}
            register={form.register}
            setValue={form.setValue}
            getValues={form.getValues}
            errors={form.formState.errors}
            parentLocked={null}
            editing={null}
            formError={formError && <Alert tone="danger">{formError.message}</Alert>}
          />
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {mutation.isPending ? texts.common.saving : texts.common.save}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

export function EditUnitDialog({
  unit,
  units,
  today,
  onClose,
  onReload,
}: {
  unit: Unit;
  units: Unit[];
  today: string;
  onClose: () => void;
  /** After a version conflict: fetch the list again and close. */
  onReload: () => void;
}) {
  const mutation = useUpdateUnit();
  const toast = useToast();
  const [formError, setFormError] = useState<FormError>(null);
  const form = useForm<UnitFormValues, unknown, z.output<typeof UnitUpdateSchema>>({
    resolver: updateResolver,
    defaultValues: {
      parentId: unit.parentId ?? '',
      name: unit.name,
      level: unit.level,
      code: unit.code,
      accountPrefix: unit.accountPrefix,
      validFrom: unit.validFrom,
      validTo: unit.validTo ?? '',
      mergedIntoId: unit.mergedIntoId ?? '',
      feedbackApprovalRequired: unit.feedbackApprovalRequired,
      officeHours: unit.officeHours,
      version: unit.version,
    },
  });
  // The officer's own unit hangs under a parent outside their reach; it can be edited but not moved.
  const parentInReach = units.some((u) => u.id === unit.parentId);

  const onSubmit = form.handleSubmit((input) => {
    setFormError(null);
    mutation.mutate(
      { id: unit.id, input },
      {
        onSuccess: (saved) => {
          toast.notify(texts.units.updated(saved.name));
          onClose();
        },
        onError: (error) =>
          setFormError(toFormError(error, applyServerErrors(error, form.setError, FORM_FIELDS))),
      },
    );
  });

  return (
    <Dialog title={texts.units.editTitle} onClose={onClose} busy={mutation.isPending} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <UnitFields
            units={units}
            today={today}
            register={form.register}
            setValue={form.setValue}
            getValues={form.getValues}
            errors={form.formState.errors}
            parentLocked={parentInReach ? null : texts.units.parentOutOfReach}
            editing={unit}
            formError={
              formError && (
                <Alert tone="danger">
                  {formError.message}
                  {formError.conflict && (
                    <div className="alert-actions">
                      <Button size="sm" onClick={onReload}>
                        {texts.errors.reload}
                      </Button>
                    </div>
                  )}
                </Alert>
              )
            }
          />
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {texts.common.cancel}
          </Button>
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {mutation.isPending ? texts.common.saving : texts.common.save}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function UnitFields({
  units,
  today,
  register,
  setValue,
  getValues,
  errors,
  parentLocked,
  editing,
  formError,
}: {
  units: Unit[];
  today: string;
  register: UseFormRegister<UnitFormValues>;
  setValue: UseFormSetValue<UnitFormValues>;
  getValues: () => UnitFormValues;
  errors: FieldErrors<UnitFormValues>;
  /** Why the parent cannot be changed, or null when it can. */
  parentLocked: string | null;
  editing: Unit | null;
  formError: ReactNode;
}) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const parentOptions = unitOptions(units, {
    today,
    exclude: editing ? subtreeIds(buildTree(units), editing.id) : undefined,
  });
  const mergeOptions = editing ? unitOptions(units, { today, exclude: new Set([editing.id]) }) : [];
  const parentName = byId.get(getValues().parentId)?.name;

  /** Follow a new parent with the code and prefix suggestions, unless the officer already typed their own. */
  function followParent(previousId: string, nextId: string) {
    const previous = byId.get(previousId);
    const next = byId.get(nextId);
    if (!previous || !next || editing) return;
    const values = getValues();
    if (values.code === `${previous.code}.`) setValue('code', `${next.code}.`);
    if (values.accountPrefix === `${previous.accountPrefix}.`) {
      setValue('accountPrefix', `${next.accountPrefix}.`);
    }
  }

  const parentField = register('parentId');

  return (
    <div className="form">
      {formError}
      {parentLocked ? (
        <div className="field">
          <span className="field-label">{texts.units.parent}</span>
          <p className="field-static">{parentName ?? parentLocked}</p>
        </div>
      ) : (
        <SelectField
          label={texts.units.parent}
          required
          error={errors.parentId?.message}
          {...parentField}
          onChange={(event) => {
            const previous = getValues().parentId;
            void parentField.onChange(event);
            followParent(previous, event.target.value);
          }}
        >
          {parentOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label={texts.units.name}
        placeholder={texts.units.namePlaceholder}
        required
        autoComplete="off"
        error={errors.name?.message}
        {...register('name')}
      />
      <SelectField label={texts.units.level} required error={errors.level?.message} {...register('level')}>
        <option value="" disabled>
          {texts.units.levelPlaceholder}
        </option>
        {UNIT_LEVELS.map((level) => (
          <option key={level} value={level}>
            {unitLevelLabel(level)}
          </option>
        ))}
      </SelectField>
      <div className="form-row">
        <TextField
          label={texts.units.code}
          hint={texts.units.codeHint}
          required
          autoComplete="off"
          spellCheck={false}
          className="mono-input"
          error={errors.code?.message}
          {...register('code')}
        />
        <TextField
          label={texts.units.accountPrefix}
          hint={texts.units.accountPrefixHint}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="mono-input"
          error={errors.accountPrefix?.message}
          {...register('accountPrefix')}
        />
      </div>
      <div className="form-row">
        <TextField
          label={texts.units.validFrom}
          type="date"
          required
          error={errors.validFrom?.message}
          {...register('validFrom')}
        />
        <TextField
          label={texts.units.validTo}
          hint={texts.units.validToHint}
          type="date"
          error={errors.validTo?.message}
          {...register('validTo')}
        />
      </div>
      <Checkbox
        label={texts.units.feedbackApprovalRequired}
        hint={texts.units.feedbackApprovalHint}
        {...register('feedbackApprovalRequired')}
      />
      {editing && (
        <SelectField
          label={texts.units.mergedIntoField}
          hint={texts.units.mergedIntoHint}
          error={errors.mergedIntoId?.message}
          {...register('mergedIntoId')}
        >
          <option value="">{texts.units.mergedIntoNone}</option>
          {mergeOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
