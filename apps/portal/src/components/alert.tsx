import { useEffect, useRef, type ReactNode } from 'react';
import type { FormError } from '../lib/form-errors';

type AlertProps = {
  tone: 'error' | 'success' | 'info';
  title?: string | undefined;
  children?: ReactNode;
  /**
   * Takes focus when shown, for a failed submit that marked no field: the message then scrolls into view on a small
   * screen and a screen reader reads it.
   */
  focusOnMount?: boolean | undefined;
};

/** A message box. Errors are announced assertively; success and info politely. */
export function Alert({ tone, title, children, focusOnMount }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div
      ref={ref}
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={focusOnMount ? -1 : undefined}
    >
      {title ? <p className="alert__title">{title}</p> : null}
      {children ? <div className="alert__body">{children}</div> : null}
    </div>
  );
}

/** A failed submit's message (from applyServerErrors): focused when it marked no field. Nothing while there is none. */
export function FormErrorAlert({ title, error }: { title: string; error: FormError | null }) {
  if (!error) return null;
  return (
    <Alert tone="error" title={title} focusOnMount={error.focus}>
      <p>{error.message}</p>
    </Alert>
  );
}
