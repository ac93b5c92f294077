import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { texts } from '../config/i18n';
import { cx } from '../lib/cx';
import { AlertIcon } from './icons';

type Chrome = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
};

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/**
 * A required field shows an asterisk drawn by CSS (`.is-required`), so the label's text and accessible
 * name stay exactly the field's name; the control itself says "required" through aria-required. A group
 * of checkboxes has no such attribute, so its legend says it in words.
 */
function SpokenRequired() {
  return <span className="sr-only"> ({texts.common.required})</span>;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <AlertIcon width={16} height={16} />
      {message}
    </p>
  );
}

/** Label, hint, control and error in the order a screen reader should meet them. */
function FieldFrame({
  id,
  hintId,
  errorId,
  label,
  hint,
  error,
  required,
  className,
  children,
}: Chrome & { id: string; hintId: string; errorId: string; children: ReactNode }) {
  return (
    <div className={cx('field', error && 'field-invalid', className)}>
      <label className={cx('field-label', required && 'is-required')} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

function useFieldIds(given: string | undefined) {
  const generated = useId();
  const id = given ?? generated;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

export type TextFieldProps = Chrome & Omit<ComponentPropsWithRef<'input'>, 'className'>;

export function TextField({
  label,
  hint,
  error,
  required,
  className,
  id: givenId,
  ...input
}: TextFieldProps) {
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <FieldFrame {...{ id, hintId, errorId, label, hint, error, required, className }}>
      <input
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
        {...input}
      />
    </FieldFrame>
  );
}

export type SelectFieldProps = Chrome & Omit<ComponentPropsWithRef<'select'>, 'className'>;

export function SelectField({
  label,
  hint,
  error,
  required,
  className,
  id: givenId,
  children,
  ...select
}: SelectFieldProps) {
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <FieldFrame {...{ id, hintId, errorId, label, hint, error, required, className }}>
      <select
        id={id}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

export type CheckboxProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'className'> & {
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
};

export function Checkbox({ label, hint, className, id: givenId, ...input }: CheckboxProps) {
  const { id, hintId } = useFieldIds(givenId);
  return (
    <div className={cx('checkbox', className)}>
      <input id={id} type="checkbox" aria-describedby={hint !== undefined ? hintId : undefined} {...input} />
      <label htmlFor={id}>
        {label}
        {hint && (
          <span id={hintId} className="checkbox-hint">
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}

/** A labelled group of checkboxes or radios with one error for the group. */
export function Fieldset({
  legend,
  hint,
  error,
  required,
  className,
  children,
}: Omit<Chrome, 'label'> & { legend: ReactNode; children: ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={cx('fieldset', error && 'field-invalid', className)}
      aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
    >
      <legend className={cx('field-label', required && 'is-required')}>
        {legend}
        {required && <SpokenRequired />}
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

export type TextAreaFieldProps = Chrome & Omit<ComponentPropsWithRef<'textarea'>, 'className'>;

/** Several lines of text: a reason, a comment, a note. */
export function TextAreaField({
  label,
  hint,
  error,
  required,
  className,
  id: givenId,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  const { id, hintId, errorId } = useFieldIds(givenId);
  return (
    <FieldFrame {...{ id, hintId, errorId, label, hint, error, required, className }}>
      <textarea
        id={id}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error !== undefined && errorId)}
        {...textarea}
      />
    </FieldFrame>
  );
}

export type FileFieldProps = Omit<ComponentPropsWithRef<'input'>, 'type' | 'className' | 'id'> & {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string | null | undefined;
};

/**
 * A file picker, read through its ref when the form is sent. Unlike the other fields its error is plain text, as
 * the upload boxes have always shown it.
 */
export function FileField({ id, label, hint, error, ...input }: FileFieldProps) {
  return (
    <div className={cx('field', error && 'field-invalid')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        className="input file-input"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
