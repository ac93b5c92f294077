import { LoginResponseSchema, type ChangePassword, type LoginResponse } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';
import { meQueryOptions } from './get-me';

export function changePassword(input: ChangePassword): Promise<LoginResponse> {
  return api.post('/me/password', input, { schema: LoginResponseSchema });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The server ends every other session and voids older access tokens: carry on with the new one.
    onSuccess: (data) => {
      startSession(data.accessToken, data.user);
      queryClient.setQueryData(meQueryOptions().queryKey, data.user);
    },
  });
}
