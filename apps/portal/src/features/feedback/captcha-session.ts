/**
 * The captcha (an ALTCHA proof-of-work widget) as the feedback forms use it: its status for the screen, its payload
 * for the submission, and `ensure()` for the uploads, which need a solved captcha before they may start. The widget
 * is a web component loaded on demand; this module only knows the part of it it uses, so it can be tested without a
 * browser.
 */

export type CaptchaStatus =
  'loading' | 'load_failed' | 'unverified' | 'verifying' | 'verified' | 'expired' | 'error';

export type CaptchaSnapshot = { status: CaptchaStatus; payload: string };

/** The widget element's methods used here (`<altcha-widget>`), and its `statechange` and `expired` events. */
export type CaptchaWidget = EventTarget & {
  verify: () => Promise<unknown>;
  reset: () => void;
  getState: () => string;
};

type StateChangeDetail = { state?: string; payload?: string | null };

function statusOf(state: string | undefined): CaptchaStatus {
  switch (state) {
    case 'verified':
    case 'verifying':
    case 'expired':
    case 'error':
      return state;
    // An image code asked by the server: still on its way to verified.
    case 'code':
      return 'verifying';
    default:
      return 'unverified';
  }
}

type Waiter = { resolve: (payload: string) => void; reject: (error: unknown) => void; failOnError: boolean };

/** The widget failed (network, server) while a caller asked to be told rather than to wait. */
export class CaptchaFailedError extends Error {
  constructor() {
    super('The captcha could not be solved.');
    this.name = 'CaptchaFailedError';
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

export function createCaptchaSession() {
  let widget: CaptchaWidget | null = null;
  let snapshot: CaptchaSnapshot = { status: 'loading', payload: '' };
  const waiters = new Set<Waiter>();
  const listeners = new Set<() => void>();

  function update(status: CaptchaStatus, payload = '') {
    if (snapshot.status === status && snapshot.payload === payload) return;
    snapshot = { status, payload };
    for (const listener of listeners) listener();
    for (const waiter of [...waiters]) {
      if (status === 'verified' && payload) waiter.resolve(payload);
      else if ((status === 'error' || status === 'load_failed') && waiter.failOnError) {
        waiter.reject(new CaptchaFailedError());
      } else continue;
      waiters.delete(waiter);
    }
  }

  function onStateChange(event: Event) {
    const detail = (event as CustomEvent<StateChangeDetail | undefined>).detail;
    const status = statusOf(detail?.state);
    update(status, status === 'verified' ? (detail?.payload ?? '') : '');
  }

  function onExpired() {
    // The server refuses a payload past its time: start again, at once if something is waiting for one.
    widget?.reset();
    if (waiters.size > 0) void widget?.verify();
  }

  function solve() {
    if (widget && snapshot.status !== 'verifying') void widget.verify();
  }

  return {
    /**
     * Connects the widget element; returns the disconnection. Its methods exist only once it has mounted, which it
     * announces with `load` (at once when it already has).
     */
    attach(element: CaptchaWidget): () => void {
      const onLoad = () => {
        widget = element;
        // Attached again (a new ref after a render) while verified: the widget does not give its payload back.
        const status = statusOf(element.getState());
        update(status, status === 'verified' ? snapshot.payload : '');
        if (waiters.size > 0) solve();
      };
      element.addEventListener('load', onLoad);
      element.addEventListener('statechange', onStateChange);
      element.addEventListener('expired', onExpired);
      if (typeof element.getState === 'function') onLoad();
      return () => {
        element.removeEventListener('load', onLoad);
        element.removeEventListener('statechange', onStateChange);
        element.removeEventListener('expired', onExpired);
        if (widget === element) widget = null;
      };
    },

    /** The widget's code could not be loaded (offline, a new version deployed): say so rather than wait forever. */
    loadFailed() {
      update('load_failed');
    },

    /** Loading again after `loadFailed`. */
    loading() {
      update('loading');
    },

    /**
     * A solved payload: the current one, or the next one, starting the widget when it is idle. By default waits
     * through the widget's errors (the citizen sees them on the widget and can retry) until it is solved or `signal`
     * aborts; with `failOnError` an error ends the wait.
     */
    ensure(options: { signal?: AbortSignal | undefined; failOnError?: boolean } = {}): Promise<string> {
      const { signal, failOnError = false } = options;
      if (snapshot.status === 'verified' && snapshot.payload) return Promise.resolve(snapshot.payload);
      if (failOnError && snapshot.status === 'load_failed') return Promise.reject(new CaptchaFailedError());
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          waiters.delete(waiter);
          reject(abortError(signal as AbortSignal));
        };
        const settle =
          <T>(done: (value: T) => void) =>
          (value: T) => {
            signal?.removeEventListener('abort', onAbort);
            done(value);
          };
        const waiter: Waiter = { resolve: settle(resolve), reject: settle(reject), failOnError };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiters.add(waiter);
        solve();
      });
    },

    /** The server refused the payload (used, expired): solve a new challenge. */
    renew() {
      if (!widget) return;
      // At once, not when the widget's (deferred) events arrive: a caller asking right after must not get the
      // refused payload back.
      update('verifying');
      widget.reset();
      void widget.verify();
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getSnapshot(): CaptchaSnapshot {
      return snapshot;
    },
  };
}

export type CaptchaSession = ReturnType<typeof createCaptchaSession>;
