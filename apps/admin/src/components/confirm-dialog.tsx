import type { ReactNode } from 'react';
import { texts } from '../config/i18n';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog, DialogBody, DialogFooter } from './dialog';

/** Asks before an action that cannot be taken back quietly (lock, reset a password). */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  tone = 'default',
  busy = false,
  error,
  onConfirm,
  onCancel,
}: {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  tone?: 'default' | 'danger';
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} onClose={onCancel} busy={busy} size="sm" tone={tone}>
      <DialogBody>
        <p className="dialog-message">{message}</p>
        {error && <Alert tone="danger">{error}</Alert>}
      </DialogBody>
      <DialogFooter>
        {/* A destructive action starts on "Cancel", so a stray Enter does no harm. */}
        <Button onClick={onCancel} disabled={busy} data-autofocus={tone === 'danger' || undefined}>
          {texts.common.cancel}
        </Button>
        <Button
          variant={tone === 'danger' ? 'danger' : 'primary'}
          onClick={onConfirm}
          busy={busy}
          data-autofocus={tone !== 'danger' || undefined}
        >
          {confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
