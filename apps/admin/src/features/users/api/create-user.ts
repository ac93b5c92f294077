import { UserWithPasswordSchema, type UserCreate, type UserWithPassword } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersKey } from './get-users';

/** Without a password the response carries the generated one, once. */
export function createUser(input: UserCreate): Promise<UserWithPassword> {
  return api.post('/users', input, { schema: UserWithPasswordSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
