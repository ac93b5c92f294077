import { LoginResponseSchema } from '@motcua/shared';
import type { z } from 'zod';
import { isApiError, networkError, problemToApiError } from './api-error';
import { endSession, getSession, startSession } from './session';

const BASE_URL = '/api/v1';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Validates the response body; the contract's response schemas live in @motcua/shared. */
  schema?: z.ZodType<T>;
  /** Sign-in endpoints: no bearer token and no refresh-and-retry on 401. */
  anonymous?: boolean;
  /** What the caller takes besides problem+json; JSON unless a file is downloaded. */
  accept?: string;
  /** An uploaded file: the body (Blob, ArrayBuffer) is sent as is with this type instead of as JSON. */
  contentType?: string;
};

function buildUrl(path: string, query: QueryParams | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE_URL}${path}${search ? `?${search}` : ''}`;
}

function requestBody(options: RequestOptions<unknown>): BodyInit | undefined {
  if (options.body === undefined) return undefined;
  if (options.body instanceof FormData) return options.body;
  return options.contentType ? (options.body as BodyInit) : JSON.stringify(options.body);
}

async function send(path: string, options: RequestOptions<unknown>, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    accept: `${options.accept ?? 'application/json'}, application/problem+json`,
  };
  // A multipart upload (FormData) gets its content type, with the boundary, from the browser.
  if (options.body !== undefined && !(options.body instanceof FormData)) {
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: requestBody(options),
      signal: options.signal,
      // The refresh token is an httpOnly cookie scoped to /api/v1/auth; the bearer token covers the rest.
      credentials: 'same-origin',
    });
  } catch (error) {
    // Cancellation is react-query's business, not an error to show.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function read<T>(response: Response, schema: z.ZodType<T> | undefined): Promise<T> {
  const body = await readBody(response);
  if (!response.ok) throw problemToApiError(response.status, body);
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw problemToApiError(response.status, undefined);
  }
  return parsed.data;
}

let refreshing: Promise<boolean> | null = null;

/**
 * Tabs of one browser share the refresh cookie, and the server revokes the whole session when one token
 * is presented twice. Tabs therefore take turns: the second one runs after the first has stored the
 * rotated cookie, and presents that.
 */
function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // `then` flattens the promise the lock's callback returns.
  return locks ? locks.request('motcua-officer-refresh', work).then((result) => result) : work();
}

async function performRefresh(): Promise<boolean> {
  const before = getSession().status;
  try {
    const response = await acrossTabs(() => send('/auth/refresh', { method: 'POST' }, null));
    const data = await read(response, LoginResponseSchema);
    startSession(data.accessToken, data.user);
    return true;
  } catch (error) {
    // A network failure leaves a live session alone (the next request may succeed); a refused refresh ends it.
    if (isApiError(error) && error.code === 'network_error' && before === 'authenticated') return false;
    endSession(before === 'authenticated' ? 'expired' : null);
    return false;
  }
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request: the server
 * rotates refresh tokens and treats a second use of the same token as theft, revoking the whole session.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= performRefresh().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The token to retry with after a 401, or null when the session cannot be renewed. */
async function tokenAfterUnauthorized(usedToken: string | null): Promise<string | null> {
  const session = getSession();
  // Another request already renewed the token while this one was in flight.
  if (session.status === 'authenticated' && session.accessToken !== usedToken) return session.accessToken;
  if (!(await refreshSession())) return null;
  const renewed = getSession();
  return renewed.status === 'authenticated' ? renewed.accessToken : null;
}

/** Sends with the bearer token; on 401 renews the token once and retries. */
async function sendAuthorized(path: string, options: RequestOptions<unknown>): Promise<Response> {
  if (options.anonymous) return send(path, options, null);
  const session = getSession();
  const token = session.status === 'authenticated' ? session.accessToken : null;
  let response = await send(path, options, token);
  if (response.status === 401) {
    const retryToken = await tokenAfterUnauthorized(token);
    if (retryToken) response = await send(path, options, retryToken);
  }
  return response;
}

export async function apiRequest<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  return read(await sendAuthorized(path, options), options.schema);
}

/**
 * A file behind the bearer token (a printable slip), as a Blob: a plain link cannot carry the token, which
 * lives in memory only. Failures arrive as problem+json like any other call.
 */
export async function apiBlob(
  path: string,
  options: { accept: string; signal?: AbortSignal; query?: QueryParams },
): Promise<Blob> {
  const response = await sendAuthorized(path, { ...options, method: 'GET' });
  if (!response.ok) throw problemToApiError(response.status, await readBody(response));
  return response.blob();
}

/**
 * A file behind the bearer token together with the response headers, which name it
 * (`content-disposition`): an export is saved under the name the server gave it.
 */
export async function apiDownload(
  path: string,
  options: { accept: string; signal?: AbortSignal; query?: QueryParams },
): Promise<{ blob: Blob; headers: Headers }> {
  const response = await sendAuthorized(path, { ...options, method: 'GET' });
  if (!response.ok) throw problemToApiError(response.status, await readBody(response));
  return { blob: await response.blob(), headers: response.headers };
}

export const api = {
  get<T>(path: string, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}): Promise<T> {
    return apiRequest(path, { ...options, method: 'GET' });
  },
  post<T>(
    path: string,
    body?: unknown,
    options: Omit<RequestOptions<T>, 'method' | 'body'> = {},
  ): Promise<T> {
    return apiRequest(path, { ...options, method: 'POST', body });
  },
  put<T>(path: string, body: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}): Promise<T> {
    return apiRequest(path, { ...options, method: 'PUT', body });
  },
};
