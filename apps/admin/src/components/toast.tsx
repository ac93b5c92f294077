import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { texts } from '../config/i18n';
import { CheckIcon, CloseIcon } from './icons';

type Toast = { id: number; message: string; tone: 'success' | 'info' };

type ToastApi = {
  notify: (message: string, tone?: Toast['tone']) => void;
  clear: () => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const TOAST_MS = 5000;

/** Short confirmations after an action; read out politely by screen readers through one live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((t) => t.id !== id));
  }, []);

  const notify = useCallback(
    (message: string, tone: Toast['tone'] = 'success') => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { id, message, tone }]);
      window.setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  const clear = useCallback(() => setToasts([]), []);

  const api = useMemo(() => ({ notify, clear }), [notify, clear]);

  return (
    <ToastContext value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            <CheckIcon className="toast-icon" />
            <span>{toast.message}</span>
            <button
              type="button"
              className="icon-button icon-button-sm"
              onClick={() => dismiss(toast.id)}
              aria-label={texts.common.close}
            >
              <CloseIcon width={16} height={16} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
