import { UserWithPasswordSchema, type UserWithPassword } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersKey } from './get-users';

/** Replaces the password with a temporary one, returned once, and ends the account's sessions. */
export function resetUserPassword({
  id,
  version,
}: {
  id: string;
  version: number;
}): Promise<UserWithPassword> {
  return api.post(
    `/users/${encodeURIComponent(id)}/reset-password`,
    { version },
    {
      schema: UserWithPasswordSchema,
    },
  );
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetUserPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
