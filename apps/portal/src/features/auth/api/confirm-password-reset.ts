import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirmSchema } from '@motcua/shared';
import type { z } from 'zod';
import { api } from '../../../lib/api';

export function confirmPasswordReset(input: z.infer<typeof PasswordResetConfirmSchema>) {
  // 204: nothing to parse. Every session of the account ends on the server; the citizen signs in afresh.
  return api.request<void>('/citizen/auth/password-reset/confirm', {
    method: 'POST',
    body: input,
    auth: false,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
