import { createApiClient, type LockFn, type SessionChannel } from './api-client';

function browserLock(): LockFn | undefined {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return undefined;
  return async function lock<T>(name: string, task: () => Promise<T>): Promise<T> {
    return await navigator.locks.request(name, task);
  };
}

function browserChannel(): SessionChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('motcua-citizen-session');
  return {
    postSignedOut: () => channel.postMessage('signed-out'),
    onSignedOut: (listener) => {
      channel.addEventListener('message', (event: MessageEvent) => {
        if (event.data === 'signed-out') listener();
      });
    },
  };
}

/** The one client the portal uses. */
export const api = createApiClient({
  fetch: (input, init) => fetch(input, init),
  lock: browserLock(),
  channel: browserChannel(),
});
