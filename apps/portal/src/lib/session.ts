import { useSyncExternalStore } from 'react';
import { api } from './api';
import type { Session } from './api-client';

/** The citizen's session as the API client knows it; re-renders on sign-in, sign-out and profile edits. */
export function useSession(): Session {
  return useSyncExternalStore(api.subscribe, api.getSession, api.getSession);
}
