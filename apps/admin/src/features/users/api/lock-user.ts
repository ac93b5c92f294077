import { UserSchema, type User } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersKey } from './get-users';

/** Locks the account and ends its sessions; `version` guards against acting on a stale row. */
export function lockUser({ id, version }: { id: string; version: number }): Promise<User> {
  return api.post(`/users/${encodeURIComponent(id)}/lock`, { version }, { schema: UserSchema });
}

export function useLockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: lockUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
