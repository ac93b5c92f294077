import { useMutation } from '@tanstack/react-query';
import type { PasswordResetRequestSchema } from '@motcua/shared';
import { z } from 'zod';
import { api } from '../../../lib/api';

// The API declares this response inline (no shared schema), so its shape is checked here.
const ResetRequestedSchema = z.object({ sent: z.literal(true) });

export function requestPasswordReset(input: z.infer<typeof PasswordResetRequestSchema>) {
  return api.request('/citizen/auth/password-reset', {
    method: 'POST',
    body: input,
    auth: false,
    parse: (data) => ResetRequestedSchema.parse(data),
  });
}

/** The answer is the same whether or not the account exists, so the screen can only ever say "if it exists…". */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
