import { LoginResponseSchema, type Login, type LoginResponse } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

export function login(input: Login): Promise<LoginResponse> {
  return api.post('/auth/login', input, { schema: LoginResponseSchema, anonymous: true });
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (data) => startSession(data.accessToken, data.user),
  });
}
