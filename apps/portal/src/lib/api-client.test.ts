import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, filenameOf, problemToError } from './api-client';

const citizen = {
  id: '8f5b5b8e-3c1e-4c55-9a57-6c0a3f6f0d11',
  fullName: 'Nguyễn Văn An',
  identificationNumber: '001090000001',
  phone: '0912345678',
  email: null,
  dateOfBirth: null,
  address: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
};

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(status: number, code: string, detail?: string) {
  return json(status, { type: 'about:blank', title: 'T', status, code, detail }, 'application/problem+json');
}

function tokens(accessToken: string) {
  return json(200, { accessToken, tokenType: 'Bearer', expiresIn: 900, citizen });
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

type Call = { url: string; method: string; authorization: string | undefined };

/** A fake server: protected routes accept only `valid`, and refresh answers with the given responses in turn. */
function fakeServer(options: { valid: string; refresh: Array<() => Promise<Response> | Response> }) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    calls.push({
      url,
      method: init?.method ?? 'GET',
      authorization: headers.get('authorization') ?? undefined,
    });
    if (url.endsWith('/citizen/auth/refresh')) {
      const next = options.refresh.shift();
      return next ? next() : problem(401, 'unauthorized');
    }
    if (headers.get('authorization') !== `Bearer ${options.valid}`) return problem(401, 'unauthorized');
    return json(200, citizen);
  });
  return { fetch, calls };
}

describe('problemToError', () => {
  it('reads a problem+json body, field errors included', () => {
    const error = problemToError(409, {
      type: 'about:blank#conflict',
      title: 'Xung đột dữ liệu',
      status: 409,
      code: 'conflict',
      detail: 'Số điện thoại đã được đăng ký',
      requestId: 'req-1',
      errors: [{ field: 'body.phone', message: 'Số điện thoại đã được đăng ký' }, { bogus: true }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      detail: 'Số điện thoại đã được đăng ký',
      requestId: 'req-1',
      errors: [{ field: 'body.phone', message: 'Số điện thoại đã được đăng ký' }],
    });
  });

  it('still yields a typed error for a body that is not a problem', () => {
    expect(problemToError(502, '<html>Bad gateway</html>')).toMatchObject({
      status: 502,
      code: 'internal_error',
    });
    expect(problemToError(404, undefined)).toMatchObject({ status: 404, code: 'unexpected_response' });
  });
});

describe('createApiClient', () => {
  it('refreshes once for concurrent 401s and retries every call with the new token', async () => {
    const gate = deferred<Response>();
    const server = fakeServer({ valid: 'new', refresh: [() => gate.promise] });
    const client = createApiClient({ fetch: server.fetch, baseUrl: '/api/v1' });

    const calls = Promise.all([
      client.request('/citizen/me'),
      client.request('/citizen/me'),
      client.request('/citizen/me'),
    ]);
    await vi.waitFor(() => expect(server.calls.filter((c) => c.url.endsWith('/refresh'))).toHaveLength(1));
    gate.resolve(tokens('new'));

    await expect(calls).resolves.toHaveLength(3);
    expect(server.calls.filter((c) => c.url.endsWith('/refresh'))).toHaveLength(1);
    expect(server.calls.filter((c) => c.authorization === 'Bearer new')).toHaveLength(3);
    expect(client.getSession()).toEqual({ status: 'signed-in', citizen });
  });

  it('clears the session when the refresh is refused, and surfaces the original 401', async () => {
    const server = fakeServer({
      valid: 'new',
      refresh: [() => tokens('old'), () => problem(401, 'unauthorized')],
    });
    const client = createApiClient({ fetch: server.fetch, baseUrl: '' });
    await client.restoreSession();
    expect(client.getSession().status).toBe('signed-in');

    await expect(client.request('/citizen/me')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(client.getSession()).toMatchObject({
      status: 'signed-out',
      citizen: null,
      signedOutByCitizen: false,
    });
    // The retry did not happen with a token that no longer exists.
    expect(server.calls.filter((c) => c.url.endsWith('/citizen/me'))).toHaveLength(1);
  });

  it('does not refresh on a 401 from a call made without auth (wrong password is not an expired session)', async () => {
    const server = fakeServer({ valid: 'x', refresh: [] });
    server.fetch.mockImplementationOnce(async () => problem(401, 'invalid_credentials', 'Sai thông tin'));
    const client = createApiClient({ fetch: server.fetch, baseUrl: '' });

    await expect(
      client.request('/citizen/auth/login', {
        method: 'POST',
        body: { login: 'a', password: 'b' },
        auth: false,
      }),
    ).rejects.toMatchObject({ code: 'invalid_credentials', detail: 'Sai thông tin' });
    expect(server.fetch).toHaveBeenCalledOnce();
  });

  it('restores a session on load and goes signed out when there is no refresh cookie', async () => {
    const signedIn = createApiClient({
      fetch: fakeServer({ valid: 't', refresh: [() => tokens('t')] }).fetch,
      baseUrl: '',
    });
    expect(signedIn.getSession().status).toBe('restoring');
    await expect(signedIn.restoreSession()).resolves.toBe(true);
    expect(signedIn.getSession().citizen?.fullName).toBe('Nguyễn Văn An');

    const anonymous = createApiClient({ fetch: fakeServer({ valid: 't', refresh: [] }).fetch, baseUrl: '' });
    await expect(anonymous.restoreSession()).resolves.toBe(false);
    expect(anonymous.getSession().status).toBe('signed-out');
  });

  it('reports a network failure as a typed error without signing out', async () => {
    const server = fakeServer({ valid: 't', refresh: [() => tokens('t')] });
    const client = createApiClient({ fetch: server.fetch, baseUrl: '' });
    await client.restoreSession();
    server.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await expect(client.request('/citizen/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
    expect(client.getSession().status).toBe('signed-in');
  });

  it('signs out locally first, then revokes the cookie, and tells other tabs', async () => {
    const server = fakeServer({ valid: 't', refresh: [() => tokens('t')] });
    server.fetch.mockImplementation(async (input: RequestInfo | URL) =>
      String(input).endsWith('/refresh') ? tokens('t') : new Response(null, { status: 204 }),
    );
    const postSignedOut = vi.fn();
    const client = createApiClient({
      fetch: server.fetch,
      baseUrl: '',
      channel: { postSignedOut, onSignedOut: () => undefined },
    });
    await client.restoreSession();

    const done = client.signOut();
    expect(client.getSession()).toEqual({ status: 'signed-out', citizen: null, signedOutByCitizen: true });
    await done;
    expect(postSignedOut).toHaveBeenCalledOnce();
    expect(server.fetch).toHaveBeenLastCalledWith(
      '/citizen/auth/logout',
      expect.objectContaining({ method: 'POST' }),
    );
  });

  it('sends JSON only with a body, since the API rejects an empty JSON body', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    const client = createApiClient({ fetch, baseUrl: '' });
    await client.request('/a', { method: 'POST', auth: false });
    await client.request('/b', { method: 'POST', auth: false, body: { x: 1 } });
    const [first, second] = fetch.mock.calls as unknown as Array<[string, RequestInit]>;
    expect(new Headers(first?.[1].headers).has('content-type')).toBe(false);
    expect(new Headers(second?.[1].headers).get('content-type')).toBe('application/json');
    expect(second?.[1].body).toBe('{"x":1}');
  });
});

describe('requestBlob', () => {
  it('fetches a file with the access token and reads its name from content-disposition', async () => {
    const server = fakeServer({ valid: 't', refresh: [() => tokens('t')] });
    const client = createApiClient({ fetch: server.fetch, baseUrl: '' });
    await client.restoreSession();
    server.fetch.mockImplementationOnce(
      async () =>
        new Response('%PDF-1.7', {
          status: 200,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': 'inline; filename="BL-0001.pdf"',
          },
        }),
    );

    const { blob, filename } = await client.requestBlob('/citizen/dossiers/1/payments/2/receipt');
    expect(await blob.text()).toBe('%PDF-1.7');
    expect(filename).toBe('BL-0001.pdf');
    const [, init] = server.fetch.mock.calls.at(-1) ?? [];
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer t');
  });

  it('raises the problem of a refused download', async () => {
    const server = fakeServer({ valid: 't', refresh: [() => tokens('t')] });
    const client = createApiClient({ fetch: server.fetch, baseUrl: '' });
    await client.restoreSession();
    server.fetch.mockImplementationOnce(async () => problem(404, 'not_found', 'Không tìm thấy'));
    await expect(client.requestBlob('/x')).rejects.toMatchObject({ status: 404, detail: 'Không tìm thấy' });
  });
});

describe('filenameOf', () => {
  it('reads quoted and bare file names, and nothing from a missing header', () => {
    expect(filenameOf('attachment; filename="bien-lai.pdf"')).toBe('bien-lai.pdf');
    expect(filenameOf('inline; filename=a.pdf')).toBe('a.pdf');
    expect(filenameOf(null)).toBeUndefined();
  });
});

type Listener = (event: { lengthComputable?: boolean; loaded?: number; total?: number }) => void;

/**
 * Just enough of XMLHttpRequest for `upload`: records what was sent, and lets the test play the server — progress
 * events, then an answer, a network failure, or nothing until aborted.
 */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  aborted = false;
  private listeners: Record<string, Listener[]> = {};
  private uploadListeners: Record<string, Listener[]> = {};
  upload = {
    addEventListener: (type: string, listener: Listener) => {
      (this.uploadListeners[type] ??= []).push(listener);
    },
  };

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  addEventListener(type: string, listener: Listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.fire('abort');
    this.fire('loadend');
  }

  progress(loaded: number, total: number, lengthComputable = true) {
    for (const listener of this.uploadListeners.progress ?? []) listener({ lengthComputable, loaded, total });
  }
  respond(status: number, body?: unknown) {
    this.status = status;
    this.responseText = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    this.fire('load');
    this.fire('loadend');
  }
  fail() {
    this.fire('error');
    this.fire('loadend');
  }
  private fire(type: string) {
    for (const listener of this.listeners[type] ?? []) listener({});
  }
}

/** A client whose uploads go to FakeXhr, signed in with `token` through the given refresh answers. */
async function uploadClient(refresh: Array<() => Response>) {
  FakeXhr.sent = [];
  const server = fakeServer({ valid: 'unused', refresh });
  const client = createApiClient({
    fetch: server.fetch,
    xhr: () => new FakeXhr() as unknown as XMLHttpRequest,
    baseUrl: '/api/v1',
  });
  await client.restoreSession();
  return { client, server };
}

/** The n-th upload request, once the client has sent it. */
async function sentXhr(n: number): Promise<FakeXhr> {
  await vi.waitFor(() => expect(FakeXhr.sent.length).toBeGreaterThan(n));
  const xhr = FakeXhr.sent[n];
  if (!xhr) throw new Error(`no upload #${n}`);
  return xhr;
}

function fileForm() {
  const form = new FormData();
  form.append('file', new Blob(['%PDF-1.7']), 'don.pdf');
  return form;
}

describe('upload', () => {
  it('posts the form with the access token, reports progress and returns the parsed answer', async () => {
    const { client } = await uploadClient([() => tokens('t')]);
    const progress: Array<{ loaded: number; total: number }> = [];
    const form = fileForm();

    const done = client.upload('/citizen/drafts/d1/files?componentIndex=0', form, {
      onProgress: (p) => progress.push(p),
      parse: (data) => data as { id: string },
    });
    const xhr = await sentXhr(0);
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/citizen/drafts/d1/files?componentIndex=0');
    expect(xhr.headers.authorization).toBe('Bearer t');
    // The browser writes the multipart content type with its boundary; the client must not set one.
    expect(xhr.headers['content-type']).toBeUndefined();
    expect(xhr.body).toBe(form);

    xhr.progress(0, 0, false);
    xhr.progress(512, 2048);
    xhr.progress(2048, 2048);
    xhr.respond(201, { id: 'f1' });

    await expect(done).resolves.toEqual({ id: 'f1' });
    expect(progress).toEqual([
      { loaded: 512, total: 2048 },
      { loaded: 2048, total: 2048 },
    ]);
  });

  it('sends extra headers and no token for a public upload', async () => {
    const { client } = await uploadClient([() => tokens('t')]);
    const done = client.upload('/public/feedback/attachments', fileForm(), {
      auth: false,
      headers: { 'x-captcha': 'solved' },
    });
    const xhr = await sentXhr(0);
    expect(xhr.headers['x-captcha']).toBe('solved');
    expect(xhr.headers.authorization).toBeUndefined();
    xhr.respond(201, { token: 'u1' });
    await expect(done).resolves.toEqual({ token: 'u1' });
  });

  it('refreshes once on 401 and sends the form again with the new token', async () => {
    const { client, server } = await uploadClient([() => tokens('old'), () => tokens('new')]);

    const done = client.upload('/citizen/dossiers/x/files', fileForm());
    (await sentXhr(0)).respond(401, { title: 'T', status: 401, code: 'unauthorized' });
    const retry = await sentXhr(1);
    expect(retry.headers.authorization).toBe('Bearer new');
    retry.respond(201, { id: 'f2' });

    await expect(done).resolves.toEqual({ id: 'f2' });
    expect(server.calls.filter((c) => c.url.endsWith('/refresh'))).toHaveLength(2);
    expect(client.getSession().status).toBe('signed-in');
  });

  it('signs out and surfaces the 401 when the refresh is refused', async () => {
    const { client } = await uploadClient([() => tokens('old'), () => problem(401, 'unauthorized')]);

    const done = client.upload('/citizen/dossiers/x/files', fileForm());
    (await sentXhr(0)).respond(401, { title: 'T', status: 401, code: 'unauthorized' });

    await expect(done).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(FakeXhr.sent).toHaveLength(1);
    expect(client.getSession().status).toBe('signed-out');
  });

  it('reads a problem+json refusal into an ApiError, field errors and all', async () => {
    const { client } = await uploadClient([() => tokens('t')]);

    const done = client.upload('/citizen/dossiers/x/files', fileForm());
    (await sentXhr(0)).respond(400, {
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'querystring.componentIndex', message: 'Thành phần không tồn tại' }],
    });

    const error: unknown = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'querystring.componentIndex', message: 'Thành phần không tồn tại' }],
    });
  });

  it('keeps the status of a 413 or 415 whatever the body, so screens can name the file problem', async () => {
    const { client } = await uploadClient([() => tokens('t')]);

    const tooLarge = client.upload('/citizen/dossiers/x/files', fileForm());
    (await sentXhr(0)).respond(413, '<html>Request Entity Too Large</html>');
    await expect(tooLarge).rejects.toMatchObject({ status: 413, code: 'unexpected_response' });

    const wrongType = client.upload('/citizen/dossiers/x/files', fileForm());
    (await sentXhr(1)).respond(415, { title: 'T', status: 415, code: 'validation_failed' });
    await expect(wrongType).rejects.toMatchObject({ status: 415, code: 'validation_failed' });
  });

  it('reports a network failure and a body the parser refuses as typed errors', async () => {
    const { client } = await uploadClient([() => tokens('t')]);

    const offline = client.upload('/citizen/dossiers/x/files', fileForm());
    (await sentXhr(0)).fail();
    await expect(offline).rejects.toMatchObject({ status: 0, code: 'network_error' });

    const garbled = client.upload('/citizen/dossiers/x/files', fileForm(), {
      parse: () => {
        throw new Error('not a file');
      },
    });
    (await sentXhr(1)).respond(201, { unexpected: true });
    await expect(garbled).rejects.toMatchObject({ status: 201, code: 'unexpected_response' });
    expect(client.getSession().status).toBe('signed-in');
  });

  it('aborts the request when the signal fires, and sends nothing for one already aborted', async () => {
    const { client } = await uploadClient([() => tokens('t')]);
    const controller = new AbortController();

    const done = client.upload('/citizen/dossiers/x/files', fileForm(), { signal: controller.signal });
    const xhr = await sentXhr(0);
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(xhr.aborted).toBe(true);

    await expect(
      client.upload('/citizen/dossiers/x/files', fileForm(), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.sent).toHaveLength(1);
  });

  it('sends no token for a public upload and does not refresh on its 401', async () => {
    const { client, server } = await uploadClient([() => tokens('t')]);

    const done = client.upload('/public/verify', fileForm(), { auth: false });
    const xhr = await sentXhr(0);
    expect(xhr.headers.authorization).toBeUndefined();
    xhr.respond(401, { title: 'T', status: 401, code: 'unauthorized' });

    await expect(done).rejects.toMatchObject({ status: 401 });
    expect(server.calls.filter((c) => c.url.endsWith('/refresh'))).toHaveLength(1);
    expect(FakeXhr.sent).toHaveLength(1);
  });
});
