import { UserSchema, type User } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersKey } from './get-users';

/** Unlocks the account, including a lock left by too many failed sign-ins. */
export function unlockUser({ id, version }: { id: string; version: number }): Promise<User> {
  return api.post(`/users/${encodeURIComponent(id)}/unlock`, { version }, { schema: UserSchema });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
