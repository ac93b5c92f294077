import type { Citizen, CitizenLoginResponse, ErrorCode, FieldError } from '@motcua/shared';
import { API_BASE } from '../config/paths';
import { texts } from '../config/texts';

// Only types come from @motcua/shared here: this module is in the first-load bundle, and importing a value
// from shared would pull zod into it. Response bodies are parsed with the shared schemas in the features' fetchers.

/** The server's problem codes, plus two the client raises itself. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'unexpected_response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    title: string;
    detail?: string | undefined;
    errors?: FieldError[] | undefined;
    requestId?: string | undefined;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

/**
 * Turns an error response into an ApiError. problem+json bodies are read field by field (a proxy or an older server
 * may send something else), so a malformed body still yields a readable error rather than a crash.
 */
export function problemToError(status: number, body: unknown): ApiError {
  if (isRecord(body) && typeof body.code === 'string' && typeof body.title === 'string') {
    return new ApiError({
      status,
      code: body.code as ErrorCode,
      title: body.title,
      detail: optionalString(body.detail),
      errors: fieldErrorsOf(body.errors),
      requestId: optionalString(body.requestId),
    });
  }
  return new ApiError({
    status,
    code: status >= 500 ? 'internal_error' : 'unexpected_response',
    title: status >= 500 ? texts.errors.server : texts.errors.unexpected,
  });
}

function isLoginResponse(body: unknown): body is CitizenLoginResponse {
  return (
    isRecord(body) &&
    typeof body.accessToken === 'string' &&
    isRecord(body.citizen) &&
    typeof body.citizen.id === 'string' &&
    typeof body.citizen.fullName === 'string'
  );
}

/** The file name in a `content-disposition` header (`inline; filename="bien-lai.pdf"`), if any. */
export function filenameOf(header: string | null): string | undefined {
  const match = header ? /filename="?([^";]+)"?/i.exec(header) : null;
  return match?.[1]?.trim() || undefined;
}

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';
export type Session = {
  status: SessionStatus;
  citizen: Citizen | null;
  /** Signed out on purpose (here or in another tab), as opposed to an expired or never-started session. */
  signedOutByCitizen?: boolean;
};

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions<T> = {
  method?: HttpMethod;
  body?: unknown;
  /** Send the access token and, on 401, refresh once and retry. Off for the sign-in calls themselves. */
  auth?: boolean;
  /** Validates the success body, e.g. `CitizenSchema.parse`. */
  parse?: (data: unknown) => T;
  signal?: AbortSignal;
};

/** Serialises refreshes across browser tabs: rotating refresh tokens treat a second use of the same cookie as theft. */
export type LockFn = <T>(name: string, task: () => Promise<T>) => Promise<T>;

/** Tells other tabs that this browser signed out, so a shared computer does not stay signed in elsewhere. */
export type SessionChannel = { postSignedOut: () => void; onSignedOut: (listener: () => void) => void };

/** Bytes of an upload's body sent so far, out of all of them. */
export type UploadProgress = { loaded: number; total: number };

export type UploadOptions<T> = Pick<RequestOptions<T>, 'auth' | 'parse' | 'signal'> & {
  /** Called as the body goes out; only when the browser knows its total size. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Extra request headers (a public upload's captcha, say). */
  headers?: Record<string, string>;
};

export type ApiClientOptions = {
  fetch: typeof fetch;
  /** Makes the request for an upload: fetch cannot report upload progress, XMLHttpRequest can. */
  xhr?: () => XMLHttpRequest;
  baseUrl?: string;
  lock?: LockFn;
  channel?: SessionChannel;
};

const ACCEPT = 'application/json, application/problem+json';

const REFRESH_LOCK = 'motcua-citizen-refresh';

export function createApiClient({
  fetch: fetchImpl,
  xhr: createXhr = () => new XMLHttpRequest(),
  baseUrl = API_BASE,
  lock,
  channel,
}: ApiClientOptions) {
  // The access token lives only in memory: a script injected into the page cannot read it back from storage, and
  // a reload restores it from the httpOnly refresh cookie.
  let accessToken: string | null = null;
  let session: Session = { status: 'restoring', citizen: null };
  let refreshing: Promise<boolean> | null = null;
  const listeners = new Set<() => void>();

  function setSession(next: Session) {
    session = next;
    for (const listener of listeners) listener();
  }

  function startSession(response: CitizenLoginResponse) {
    accessToken = response.accessToken;
    setSession({ status: 'signed-in', citizen: response.citizen });
  }

  function endSession(byCitizen = false) {
    accessToken = null;
    if (session.status !== 'signed-out' || byCitizen) {
      setSession({ status: 'signed-out', citizen: null, signedOutByCitizen: byCitizen });
    }
  }

  channel?.onSignedOut(() => endSession(true));

  async function send(path: string, options: RequestOptions<unknown>, token: string | null) {
    const headers: Record<string, string> = { accept: ACCEPT };
    // Fastify rejects an empty body sent as JSON, so the content type goes only with a body.
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      return await fetchImpl(baseUrl + path, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError({ status: 0, code: 'network_error', title: texts.errors.network });
    }
  }

  function parseBody(text: string): unknown {
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  async function readBody(response: Response): Promise<unknown> {
    return parseBody(await response.text());
  }

  /** A multipart POST through XMLHttpRequest; resolves with any answer the server gives, like fetch. */
  function sendForm(
    path: string,
    form: FormData,
    options: UploadOptions<unknown>,
    token: string | null,
  ): Promise<{ status: number; body: unknown }> {
    const { signal, onProgress, headers = {} } = options;
    return new Promise((resolve, reject) => {
      const aborted = (): unknown =>
        signal?.reason ?? new DOMException('The upload was aborted.', 'AbortError');
      if (signal?.aborted) {
        reject(aborted());
        return;
      }
      const xhr = createXhr();
      const abort = () => xhr.abort();
      xhr.open('POST', baseUrl + path);
      // No content type here: the browser sets multipart/form-data with its boundary.
      xhr.setRequestHeader('accept', ACCEPT);
      if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
      });
      xhr.addEventListener('load', () => resolve({ status: xhr.status, body: parseBody(xhr.responseText) }));
      xhr.addEventListener('error', () =>
        reject(new ApiError({ status: 0, code: 'network_error', title: texts.errors.network })),
      );
      xhr.addEventListener('abort', () => reject(aborted()));
      xhr.addEventListener('loadend', () => signal?.removeEventListener('abort', abort));
      signal?.addEventListener('abort', abort, { once: true });
      xhr.send(form);
    });
  }

  async function runRefresh(): Promise<boolean> {
    const call = () => send('/citizen/auth/refresh', { method: 'POST', auth: false }, null);
    let response: Response;
    try {
      response = await (lock ? lock(REFRESH_LOCK, call) : call());
    } catch {
      // Offline: the cookie may still be good, so nothing is revoked; the visitor is treated as signed out for now.
      if (session.status === 'restoring') setSession({ status: 'signed-out', citizen: null });
      return false;
    }
    const body = await readBody(response);
    if (!response.ok || !isLoginResponse(body)) {
      endSession();
      return false;
    }
    startSession(body);
    return true;
  }

  /** Exchanges the refresh cookie for a new access token. Concurrent callers share one request. */
  function refresh(): Promise<boolean> {
    refreshing ??= runRefresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /** Makes a call with the access token when asked, refreshing once and retrying on 401. */
  async function withToken<R extends { status: number }>(
    auth: boolean,
    call: (token: string | null) => Promise<R>,
  ): Promise<R> {
    const tokenUsed = auth ? accessToken : null;
    let response = await call(tokenUsed);
    if (auth && response.status === 401) {
      // Another call may already have refreshed while this one was in flight: then its token is simply reused.
      const renewed = accessToken !== null && accessToken !== tokenUsed ? true : await refresh();
      if (renewed) {
        response = await call(accessToken);
        if (response.status === 401) endSession();
      }
    }
    return response;
  }

  function sendAuthorized(path: string, options: RequestOptions<unknown>): Promise<Response> {
    return withToken(options.auth ?? true, (token) => send(path, options, token));
  }

  /** A success body through the caller's parser; a body it refuses is the server's fault, not the citizen's. */
  function parseSuccess<T>(status: number, body: unknown, parse: ((data: unknown) => T) | undefined): T {
    if (!parse) return body as T;
    try {
      return parse(body);
    } catch {
      throw new ApiError({ status, code: 'unexpected_response', title: texts.errors.unexpected });
    }
  }

  /**
   * A file behind the bearer token (a receipt PDF): a plain link cannot carry the token, so it is fetched as a
   * blob. The file name comes from the server's content-disposition, when it sends one.
   */
  async function requestBlob(
    path: string,
    options: Pick<RequestOptions<unknown>, 'signal'> = {},
  ): Promise<{ blob: Blob; filename: string | undefined }> {
    const response = await sendAuthorized(path, options);
    if (!response.ok) throw problemToError(response.status, await readBody(response));
    return {
      blob: await response.blob(),
      filename: filenameOf(response.headers.get('content-disposition')),
    };
  }

  async function request<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
    const response = await sendAuthorized(path, options);
    const body = await readBody(response);
    if (!response.ok) throw problemToError(response.status, body);
    return parseSuccess(response.status, body, options.parse);
  }

  /**
   * Sends a multipart form (a file under "file", say), reporting progress as the body goes out. Authorised,
   * refreshed on 401 and read like `request`: an error answer becomes the same ApiError, 413 and 415 included.
   */
  async function upload<T>(path: string, form: FormData, options: UploadOptions<T> = {}): Promise<T> {
    const { status, body } = await withToken(options.auth ?? true, (token) =>
      sendForm(path, form, options, token),
    );
    if (status < 200 || status >= 300) throw problemToError(status, body);
    return parseSuccess(status, body, options.parse);
  }

  return {
    request,
    requestBlob,
    upload,
    refresh,
    startSession,

    /** On app load: the refresh cookie is httpOnly, so asking the server is the only way to know. */
    restoreSession(): Promise<boolean> {
      if (session.status !== 'restoring') return Promise.resolve(session.status === 'signed-in');
      return refresh();
    },

    /** Keeps the signed-in citizen (shown in the header) in step with an edited profile. */
    updateCitizen(citizen: Citizen) {
      if (session.status === 'signed-in') setSession({ status: 'signed-in', citizen });
    },

    /** Forgets the session here at once, then revokes the refresh cookie on the server. */
    async signOut() {
      endSession(true);
      channel?.postSignedOut();
      await request<void>('/citizen/auth/logout', { method: 'POST', auth: false }).catch(() => {
        // The local session is gone either way; a failed revoke leaves a cookie that expires on its own.
      });
    },

    getSession(): Session {
      return session;
    },

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
