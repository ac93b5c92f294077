import { zodResolver } from '@hookform/resolvers/zod';
import {
  ROLES,
  UserCreateSchema,
  UserUpdateSchema,
  type Role,
  type User,
  type UserCreate,
  type UserUpdate,
  type UserWithPassword,
} from '@motcua/shared';
import { useState, type ReactNode } from 'react';
import { useForm, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Checkbox, Fieldset, SelectField, TextField } from '../../../components/field';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { useToast } from '../../../components/toast';
import { roleLabel, texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { blankToNull, blankToUndefined, preparedResolver } from '../../../lib/form-resolver';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import type { UserUnitOption } from '../lib/unit-option';

type UserFormValues = {
  username: string;
  fullName: string;
  email: string;
  phone: string;
  unitId: string;
  roles: Role[];
  password: string;
  version: number;
};

const FORM_FIELDS = ['username', 'fullName', 'email', 'phone', 'unitId', 'roles', 'password'] as const;

const createResolver = preparedResolver(
  zodResolver(UserCreateSchema),
  (v: UserFormValues): UserCreate => ({
    username: v.username,
    fullName: v.fullName,
    email: blankToNull(v.email),
    phone: blankToNull(v.phone),
    unitId: v.unitId,
    // An unticked group arrives as false from react-hook-form.
    roles: Array.isArray(v.roles) ? v.roles : [],
    password: blankToUndefined(v.password),
  }),
  { unitId: texts.users.unitRequired },
);

const updateResolver = preparedResolver(zodResolver(UserUpdateSchema), (v: UserFormValues): UserUpdate => ({
  fullName: v.fullName,
  email: blankToNull(v.email),
  phone: blankToNull(v.phone),
  unitId: v.unitId,
  roles: Array.isArray(v.roles) ? v.roles : [],
  version: v.version,
}));

type FormError = { message: string; conflict: boolean } | null;

function toFormError(error: unknown, message: string): FormError {
  return { message, conflict: isApiError(error) && error.code === 'version_conflict' };
}

export function CreateUserDialog({
  units,
  defaultUnitId,
  onClose,
  onCreated,
}: {
  units: UserUnitOption[];
  defaultUnitId: string | undefined;
  onClose: () => void;
  onCreated: (result: UserWithPassword) => void;
}) {
  const mutation = useCreateUser();
  const toast = useToast();
  const [formError, setFormError] = useState<FormError>(null);
  const active = units.filter((u) => u.active);
  const initialUnit = active.find((u) => u.id === defaultUnitId);
  const form = useForm<UserFormValues, unknown, z.output<typeof UserCreateSchema>>({
    resolver: createResolver,
    defaultValues: {
      username: initialUnit ? `${initialUnit.accountPrefix}.` : '',
      fullName: '',
      email: '',
      phone: '',
      unitId: initialUnit?.id ?? '',
      roles: [],
      password: '',
      version: 1,
    },
  });

  /** Suggest `<unit prefix>.` as the username until the officer types one of their own. */
  function followUnit(previousId: string, nextId: string) {
    const previous = units.find((u) => u.id === previousId);
    const next = units.find((u) => u.id === nextId);
    const username = form.getValues('username');
    const untouched =
      username === '' || (previous !== undefined && username === `${previous.accountPrefix}.`);
    if (next && untouched) form.setValue('username', `${next.accountPrefix}.`);
  }

  const onSubmit = form.handleSubmit((input) => {
    setFormError(null);
    mutation.mutate(input, {
      onSuccess: (result) => {
        if (!result.temporaryPassword) toast.notify(texts.users.created(result.user.username));
        onCreated(result);
      },
      onError: (error) =>
        setFormError(toFormError(error, applyServerErrors(error, form.setError, FORM_FIELDS))),
    });
  });

  const unitField = form.register('unitId');
  const { errors } = form.formState;

  return (
    <Dialog title={texts.users.createTitle} onClose={onClose} busy={mutation.isPending} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            {formError && <Alert tone="danger">{formError.message}</Alert>}
            <SelectField
              label={texts.users.unit}
              required
              error={errors.unitId?.message}
              {...unitField}
              onChange={(event) => {
                const previous = form.getValues('unitId');
                void unitField.onChange(event);
                followUnit(previous, event.target.value);
              }}
            >
              <option value="" disabled>
                {texts.users.unitPlaceholder}
              </option>
              {active.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.label}
                </option>
              ))}
            </SelectField>
            <div className="form-row">
              <TextField
                label={texts.users.username}
                hint={texts.users.usernameHint}
                required
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                className="mono-input"
                error={errors.username?.message}
                {...form.register('username')}
              />
              <TextField
                label={texts.users.fullName}
                required
                autoComplete="off"
                error={errors.fullName?.message}
                {...form.register('fullName')}
              />
            </div>
            <ContactAndRoles register={form.register} errors={errors} />
            <TextField
              label={texts.users.password}
              hint={texts.users.passwordHint}
              type="password"
              autoComplete="new-password"
              error={errors.password?.message}
              {...form.register('password')}
            />
          </div>
        </DialogBody>
        <FormFooter busy={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function EditUserDialog({
  user,
  units,
  onClose,
  onReload,
}: {
  user: User;
  units: UserUnitOption[];
  onClose: () => void;
  onReload: () => void;
}) {
  const mutation = useUpdateUser();
  const toast = useToast();
  const [formError, setFormError] = useState<FormError>(null);
  // New accounts go to units in force; an existing one may still sit in a unit that has since ended.
  const choices = units.filter((u) => u.active || u.id === user.unit.id);
  const form = useForm<UserFormValues, unknown, z.output<typeof UserUpdateSchema>>({
    resolver: updateResolver,
    defaultValues: {
      username: user.username,
      fullName: user.fullName,
      email: user.email ?? '',
      phone: user.phone ?? '',
      unitId: user.unit.id,
      roles: user.roles,
      password: '',
      version: user.version,
    },
  });

  const onSubmit = form.handleSubmit((input) => {
    setFormError(null);
    mutation.mutate(
      { id: user.id, input },
      {
        onSuccess: (saved) => {
          toast.notify(texts.users.updated(saved.username));
          onClose();
        },
        onError: (error) =>
          setFormError(toFormError(error, applyServerErrors(error, form.setError, FORM_FIELDS))),
      },
    );
  });

  const { errors } = form.formState;

  return (
    <Dialog
      title={texts.users.editTitle}
      description={
        <>
          {texts.users.username}: <span className="mono">{user.username}</span>
        </>
      }
      onClose={onClose}
      busy={mutation.isPending}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form">
            {formError && (
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
            )}
            <div className="form-row">
              <TextField
                label={texts.users.fullName}
                required
                autoComplete="off"
                error={errors.fullName?.message}
                {...form.register('fullName')}
              />
              <SelectField
                label={texts.users.unit}
                required
                error={errors.unitId?.message}
                {...form.register('unitId')}
              >
                {choices.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.label}
                  </option>
                ))}
              </SelectField>
            </div>
            <ContactAndRoles register={form.register} errors={errors} />
          </div>
        </DialogBody>
        <FormFooter busy={mutation.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

function ContactAndRoles({
  register,
  errors,
}: {
  register: UseFormRegister<UserFormValues>;
  errors: FieldErrors<UserFormValues>;
}): ReactNode {
  return (
    <>
      <div className="form-row">
        <TextField
          label={texts.users.email}
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...register('email')}
        />
        <TextField
          label={texts.users.phone}
          hint={texts.users.phoneHint}
          type="tel"
          autoComplete="off"
          error={errors.phone?.message}
          {...register('phone')}
        />
      </div>
      <Fieldset legend={texts.users.rolesLegend} required error={errors.roles?.message}>
        <div className="checkbox-grid">
          {ROLES.map((role) => (
            <Checkbox key={role} label={roleLabel(role)} value={role} {...register('roles')} />
          ))}
        </div>
      </Fieldset>
    </>
  );
}

function FormFooter({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <DialogFooter>
      <Button onClick={onCancel} disabled={busy}>
        {texts.common.cancel}
      </Button>
      <Button type="submit" variant="primary" busy={busy}>
        {busy ? texts.common.saving : texts.common.save}
      </Button>
    </DialogFooter>
  );
}
