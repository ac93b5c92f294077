import type { User } from '@motcua/shared';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { useLockUser } from '../api/lock-user';
import { useResetUserPassword } from '../api/reset-user-password';
import { useUnlockUser } from '../api/unlock-user';

export type PendingAction = 'lock' | 'unlock' | 'reset';

function errorText(error: unknown): string | null {
  if (!error) return null;
  if (!isApiError(error)) return texts.errors.unexpected;
  if (error.code === 'version_conflict') return texts.errors.versionConflict;
  return error.detail ?? error.title;
}

/** Confirms lock, unlock or password reset, then runs it against the row's version. */
export function UserActionDialog({
  action,
  user,
  onClose,
  onPassword,
}: {
  action: PendingAction;
  user: User;
  onClose: () => void;
  onPassword: (username: string, password: string) => void;
}) {
  const toast = useToast();
  const lock = useLockUser();
  const unlock = useUnlockUser();
  const reset = useResetUserPassword();
  const mutation = { lock, unlock, reset }[action];
  const target = { id: user.id, version: user.version };

  function confirm() {
    if (action === 'lock') {
      lock.mutate(target, {
        onSuccess: (saved) => {
          toast.notify(texts.users.locked(saved.username));
          onClose();
        },
      });
    } else if (action === 'unlock') {
      unlock.mutate(target, {
        onSuccess: (saved) => {
          toast.notify(texts.users.unlocked(saved.username));
          onClose();
        },
      });
    } else {
      reset.mutate(target, {
        onSuccess: ({ user: saved, temporaryPassword }) => {
          if (temporaryPassword) onPassword(saved.username, temporaryPassword);
          else onClose();
        },
      });
    }
  }

  const copy = {
    lock: { title: texts.users.lockTitle, message: texts.users.lockText, label: texts.users.lock },
    unlock: { title: texts.users.unlockTitle, message: texts.users.unlockText, label: texts.users.unlock },
    reset: {
      title: texts.users.resetTitle,
      message: texts.users.resetText,
      label: texts.users.resetPassword,
    },
  }[action];

  return (
    <ConfirmDialog
      title={copy.title}
      message={copy.message(user.fullName, user.username)}
      confirmLabel={copy.label}
      tone={action === 'unlock' ? 'default' : 'danger'}
      busy={mutation.isPending}
      error={errorText(mutation.error)}
      onConfirm={confirm}
      onCancel={onClose}
    />
  );
}
