import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { endSession } from '../../../lib/session';

/** Revokes the refresh cookie on the server; the cookie travels by itself, no bearer token is needed. */
export function logout(): Promise<void> {
  return api.post('/auth/logout', undefined, { anonymous: true });
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // Signed out locally even when the server cannot be reached: the person asked to leave. Ending the
    // session also empties the query cache (app/provider.tsx).
    onSettled: () => endSession('signed_out'),
  });
}
