import { useEffect, useId, useRef, type ReactNode } from 'react';
import { texts } from '../config/i18n';
import { cx } from '../lib/cx';
import { CloseIcon } from './icons';

export type DialogProps = {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  /** While a request runs, Escape and the close button do nothing so the outcome is not lost. */
  busy?: boolean;
  size?: 'sm' | 'md' | 'lg';
  tone?: 'default' | 'danger';
  children: ReactNode;
};

const FIRST_FIELD = '.dialog-body :is(input, select, textarea):not([disabled]):not([type="hidden"])';

/**
 * A modal on the native <dialog>: showModal() gives the top layer, an inert page behind and Escape for
 * free. Mount it to open it, unmount it to close it; focus goes back to whatever opened it.
 */
export function Dialog({
  title,
  description,
  onClose,
  busy = false,
  size = 'md',
  tone = 'default',
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // React renders autoFocus without the attribute, so the dialog's own focusing cannot see it.
    const target =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>(FIRST_FIELD) ??
      dialog.querySelector<HTMLElement>('.dialog-footer button:not([disabled])');
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={cx('dialog', `dialog-${size}`, tone === 'danger' && 'dialog-danger')}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          disabled={busy}
          aria-label={texts.common.close}
        >
          <CloseIcon />
        </button>
      </div>
      {description && (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}

export function DialogBody({ children }: { children: ReactNode }) {
  return <div className="dialog-body">{children}</div>;
}

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="dialog-footer">{children}</div>;
}
