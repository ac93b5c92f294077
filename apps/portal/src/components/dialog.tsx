import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

type DialogProps = {
  title: string;
  /** The accessible name of the × button ("Đóng"), given by the caller so this component holds no text. */
  closeLabel: string;
  onClose: () => void;
  /** While a request runs, Escape and the × button do nothing, so its outcome is not lost. */
  busy?: boolean;
  children: ReactNode;
};

/**
 * A modal on the native <dialog>: showModal() gives the top layer, an inert page behind and Escape for free.
 * Mount it to open it, unmount it to close it; focus goes to the first field (or `data-autofocus`) and back to
 * whatever opened it afterwards.
 */
export function Dialog({ title, closeLabel, onClose, busy = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const target =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('textarea, input:not([type="hidden"]), select');
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button
          type="button"
          className="dialog__close"
          aria-label={closeLabel}
          disabled={busy}
          onClick={onClose}
        >
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
