import { CitizenLoginResponseSchema, type CitizenLogin } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function login(input: CitizenLogin) {
  // No token and no refresh-on-401 here: a 401 means wrong credentials, not an expired session.
  return api.request('/citizen/auth/login', {
    method: 'POST',
    body: input,
    auth: false,
    parse: (data) => CitizenLoginResponseSchema.parse(data),
  });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => api.startSession(response),
  });
}
