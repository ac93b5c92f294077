import { useId, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { texts } from '../config/texts';

type FieldShellProps = {
  /** The control's id (unless `labelFor` names another); the hint's and the error's ids are made from it. */
  id: string;
  label: string;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  /** Added to the field's classes. */
  className?: string | undefined;
  labelId?: string | undefined;
  /** The control the label names, when it is not `id`; null while there is none to name. */
  labelFor?: string | null | undefined;
  children: ReactNode;
};

/** The ids of a field's hint and error, for its control's aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** An error under a field or group, read as "Lỗi: …" by screen readers. */
export function FieldError({
  id,
  className,
  children,
}: {
  id: string;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <p className={className ? `field__error ${className}` : 'field__error'} id={id}>
      <span className="visually-hidden">{texts.common.errorPrefix}</span>
      {children}
    </p>
  );
}

/** A field's label (with its required mark), hint and error around the control given as children. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  className,
  labelId,
  labelFor = id,
  children,
}: FieldShellProps) {
  const classes = ['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <div className="field__label-row">
        <label className="field__label" id={labelId} htmlFor={labelFor ?? undefined}>
          {label}
        </label>
        {/* Outside the label, so the field's name stays exactly the label; aria-required says it to screen readers. */}
        {required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      {children}
    </div>
  );
}

type InputFieldProps = Omit<ComponentPropsWithRef<'input'>, 'id'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export function TextField({ label, hint, error, required, className, ...input }: InputFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <input
        {...input}
        id={id}
        className={className ? `input ${className}` : 'input'}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

/** A search box with its button beside it (under it on a phone); the surrounding form does the searching. */
export function SearchField({
  submitLabel,
  ...field
}: Omit<InputFieldProps, 'type'> & { submitLabel: string }) {
  return (
    <div className="search-row">
      <TextField type="search" enterKeyHint="search" autoComplete="off" {...field} />
      <button type="submit" className="button button--primary">
        {submitLabel}
      </button>
    </div>
  );
}

/** A password input with a show/hide switch: typing a long password on a phone keyboard is error-prone. */
export function PasswordField({ label, hint, error, required, ...input }: Omit<InputFieldProps, 'type'>) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <div className="password-input">
        <input
          {...input}
          id={id}
          type={visible ? 'text' : 'password'}
          className="input"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <button
          type="button"
          className="password-input__toggle"
          aria-controls={id}
          aria-label={`${visible ? texts.common.hidePassword : texts.common.showPassword}: ${label}`}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? texts.common.hide : texts.common.show}
        </button>
      </div>
    </FieldShell>
  );
}

type NewPasswordFieldsProps = {
  labels: { password: string; confirmation: string };
  errors: { password?: string | undefined; confirmation?: string | undefined };
  /** The inputs' own props, e.g. react-hook-form's `register('newPassword')`. */
  password: ComponentPropsWithRef<'input'>;
  confirmation: ComponentPropsWithRef<'input'>;
};

/**
 * A new password, with the rules as its hint, and the same typed again (checked by `checkPasswordConfirmed`). Both
 * say `new-password`, so a password manager offers to generate and save it.
 */
export function NewPasswordFields({ labels, errors, password, confirmation }: NewPasswordFieldsProps) {
  return (
    <>
      <PasswordField
        label={labels.password}
        hint={texts.auth.passwordHint}
        autoComplete="new-password"
        required
        error={errors.password}
        {...password}
      />
      <PasswordField
        label={labels.confirmation}
        autoComplete="new-password"
        required
        error={errors.confirmation}
        {...confirmation}
      />
    </>
  );
}

type TextAreaFieldProps = Omit<ComponentPropsWithRef<'textarea'>, 'id'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
};

export function TextAreaField({ label, hint, error, required, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        {...textarea}
        id={id}
        className="input input--textarea"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}
