import type { Me } from '@motcua/shared';
import { useSyncExternalStore } from 'react';

/**
 * The signed-in officer and their access token, kept in memory only: a page reload restores it from the
 * httpOnly refresh cookie, so a script injected into the page cannot lift a long-lived credential.
 */
export type Session =
  | { status: 'restoring' }
  | { status: 'anonymous'; reason: 'signed_out' | 'expired' | null }
  | { status: 'authenticated'; accessToken: string; user: Me };

let current: Session = { status: 'restoring' };
const listeners = new Set<() => void>();

function publish(next: Session) {
  current = next;
  for (const listener of listeners) listener();
}

export function getSession(): Session {
  return current;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function startSession(accessToken: string, user: Me): void {
  publish({ status: 'authenticated', accessToken, user });
}

export function endSession(reason: 'signed_out' | 'expired' | null): void {
  publish({ status: 'anonymous', reason });
}

export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession);
}

/** The signed-in officer; only for components rendered behind the sign-in guard. */
export function useCurrentUser(): Me {
  const session = useSession();
  if (session.status !== 'authenticated') throw new Error('useCurrentUser outside an authenticated route');
  return session.user;
}
