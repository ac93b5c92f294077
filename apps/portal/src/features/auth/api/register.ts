import { CitizenLoginResponseSchema, type CitizenRegister } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function register(input: CitizenRegister) {
  return api.request('/citizen/auth/register', {
    method: 'POST',
    body: input,
    auth: false,
    parse: (data) => CitizenLoginResponseSchema.parse(data),
  });
}

/** Registration signs the citizen in: the response carries tokens like a login. */
export function useRegister() {
  return useMutation({
    mutationFn: register,
    onSuccess: (response) => api.startSession(response),
  });
}
