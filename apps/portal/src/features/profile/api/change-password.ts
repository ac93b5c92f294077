import { CitizenLoginResponseSchema, type ChangePassword } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { profileQueryKey } from './get-profile';

export function changePassword(input: ChangePassword) {
  return api.request('/citizen/me/password', {
    method: 'POST',
    body: input,
    parse: (data) => CitizenLoginResponseSchema.parse(data),
  });
}

/**
 * The server ends every other session and answers with fresh tokens: the new access token replaces the old one,
 * and the new row version is kept so the next profile save is not refused as a conflict.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (response) => {
      api.startSession(response);
      queryClient.setQueryData(profileQueryKey, response.citizen);
    },
  });
}
