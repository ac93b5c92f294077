import { UserSchema, type User, type UserUpdate } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersKey } from './get-users';

export function updateUser({ id, input }: { id: string; input: UserUpdate }): Promise<User> {
  return api.put(`/users/${encodeURIComponent(id)}`, input, { schema: UserSchema });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
