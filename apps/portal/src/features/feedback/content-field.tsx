import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { describedBy, FieldShell } from '../../components/field';
import { countChars, counterState } from './content-counter';

type ContentFieldProps = Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'value'> & {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The most characters the server takes. */
  limit: number;
  /** The text as typed (the textarea stays uncontrolled; this only feeds the counter). */
  value: string;
};

/**
 * A long text with a live count of its characters against the limit. The textarea does not cut at the limit (a
 * pasted text would lose its end unnoticed): the count turns red and the form refuses it with a message instead.
 */
export function ContentField({ label, hint, error, required, limit, value, ...textarea }: ContentFieldProps) {
  const id = useId();
  const counter = counterState(countChars(value), limit);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        {...textarea}
        id={id}
        className="input input--textarea"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy(id, hint, error), `${id}-count`].filter(Boolean).join(' ')}
      />
      <p className={`char-count char-count--${counter.tone}`} id={`${id}-count`}>
        {counter.text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {counter.announcement}
      </p>
    </FieldShell>
  );
}
