import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, refreshSession } from './api-client';
import { ApiError } from './api-error';
import { endSession, getSession, startSession } from './session';

const user = {
  id: '7d4f2c1a-0b6e-4a57-9d0e-2c1b3a4d5e6f',
  username: 'qti.sotuphap.tn',
  fullName: 'Nguyễn Thị Hoa',
  email: null,
  phone: null,
  roles: ['receiving_officer'],
  unit: {
    id: '1e2d3c4b-5a69-4877-8695-a4b3c2d1e0f9',
    name: 'Sở Tư pháp',
    code: 'H44.01',
    level: 'department',
  },
  mustChangePassword: false,
};

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

const unauthorized = () =>
  json(
    401,
    { type: 'about:blank#unauthorized', title: 'Chưa xác thực', status: 401, code: 'unauthorized' },
    'application/problem+json',
  );

function authHeader(init: RequestInit | undefined): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.authorization;
}

describe('apiRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    startSession('old-token', user as never);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the bearer token and builds the query string without empty values', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }));
    await apiRequest('/users', { query: { q: 'hoa', role: undefined, page: 2, unitId: '' } });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/users?q=hoa&page=2');
    expect(authHeader(init)).toBe('Bearer old-token');
    expect(init?.credentials).toBe('same-origin');
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    fetchMock.mockResolvedValueOnce(
      json(
        400,
        {
          type: 'about:blank#validation_failed',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          code: 'validation_failed',
          errors: [{ field: 'body.email', message: 'Email không hợp lệ' }],
        },
        'application/problem+json',
      ),
    );
    const error = await apiRequest('/users', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', title: 'Dữ liệu không hợp lệ' });
    expect((error as ApiError).errors).toEqual([{ field: 'body.email', message: 'Email không hợp lệ' }]);
  });

  it('refreshes once for concurrent 401s and retries each request with the new token', async () => {
    let refreshCalls = 0;
    fetchMock.mockImplementation(async (url, init) => {
      if (url === '/api/v1/auth/refresh') {
        refreshCalls += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, { accessToken: 'new-token', tokenType: 'Bearer', expiresIn: 900, user });
      }
      return authHeader(init) === 'Bearer new-token' ? json(200, { url }) : unauthorized();
    });
    const results = await Promise.all([apiRequest('/units'), apiRequest('/users'), apiRequest('/me')]);
    expect(results).toEqual([{ url: '/api/v1/units' }, { url: '/api/v1/users' }, { url: '/api/v1/me' }]);
    expect(refreshCalls).toBe(1);
    const session = getSession();
    expect(session.status === 'authenticated' && session.accessToken).toBe('new-token');
  });

  it('ends the session as expired when the refresh is refused', async () => {
    fetchMock.mockImplementation(async () => unauthorized());
    const error = await apiRequest('/units').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(getSession()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('does not refresh for anonymous calls such as sign-in', async () => {
    endSession(null);
    fetchMock.mockResolvedValueOnce(
      json(401, {
        type: 'about:blank#invalid_credentials',
        title: 'Đăng nhập không thành công',
        status: 401,
        code: 'invalid_credentials',
      }),
    );
    const error = await apiRequest('/auth/login', { method: 'POST', body: {}, anonymous: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'invalid_credentials' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports an unreachable server as a network error', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest('/units')).rejects.toMatchObject({ code: 'network_error', status: 0 });
  });
});

describe('refreshSession on load', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('leaves a visitor without a cookie signed out, with no "expired" notice', async () => {
    endSession(null);
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(unauthorized()));
    await expect(refreshSession()).resolves.toBe(false);
    expect(getSession()).toEqual({ status: 'anonymous', reason: null });
  });
});
