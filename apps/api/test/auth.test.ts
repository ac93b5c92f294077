import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, DEMO_PASSWORD, login, refreshCookie, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => ctx.close());

const COOKIE = 'motcua_officer_rt';

function post(url: string, payload?: object, headers: Record<string, string> = {}) {
  return ctx.app.inject({ method: 'POST', url, payload, headers });
}

describe('officer login', () => {
  it('returns an access token, the user with unit and roles, and an httpOnly refresh cookie', async () => {
    const res = await post('/api/v1/auth/login', { username: 'qti.sotuphap.tn', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.tokenType).toBe('Bearer');
    expect(body.accessToken.split('.')).toHaveLength(3);
    expect(body.user).toMatchObject({
      username: 'qti.sotuphap.tn',
      roles: ['receiving_officer'],
      unit: { name: 'Sở Tư pháp', code: 'H44.01', level: 'department' },
    });
    const cookie = res.cookies.find((c) => c.name === COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
  });

  it('accepts the username in any letter case', async () => {
    const res = await post('/api/v1/auth/login', { username: 'QTI.SOTUPHAP.TN', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown user with the same problem+json 401', async () => {
    const wrong = await post('/api/v1/auth/login', { username: 'qti.soyte.tn', password: 'Sai@12345' });
    const unknown = await post('/api/v1/auth/login', { username: 'khong.ton.tai', password: 'Sai@12345' });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 401, code: 'invalid_credentials' });
    }
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('lists every invalid field in a 400', async () => {
    const res = await post('/api/v1/auth/login', { username: '' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.username', 'body.password']));
  });

  it('rejects a malformed JSON body with a 400 problem', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });

  it('locks the account after repeated failures, revealing the lock only with the right password', async () => {
    const username = 'qti.soyte.cv';
    for (let i = 0; i < 3; i++) {
      expect((await post('/api/v1/auth/login', { username, password: 'Sai@12345' })).statusCode).toBe(401);
    }
    const wrong = await post('/api/v1/auth/login', { username, password: 'Sai@12345' });
    expect(wrong.statusCode).toBe(401);
    const right = await post('/api/v1/auth/login', { username, password: DEMO_PASSWORD });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
    expect(Date.parse(right.json().lockedUntil)).toBeGreaterThan(Date.now());

    // An administrator's unlock releases it.
    const admin = await login(ctx.app, 'admin');
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/users?q=${username}`,
      headers: bearer(admin),
    });
    const user = list.json().items[0];
    const unlock = await post(`/api/v1/users/${user.id}/unlock`, { version: user.version }, bearer(admin));
    expect(unlock.statusCode).toBe(200);
    expect((await post('/api/v1/auth/login', { username, password: DEMO_PASSWORD })).statusCode).toBe(200);
  });
});

describe('me', () => {
  it('returns the signed-in officer', async () => {
    const token = await login(ctx.app, 'qti.ld');
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'qti.ld',
      roles: ['unit_leader'],
      unit: { name: 'UBND tỉnh Quảng Trị' },
    });
  });

  it('refuses a missing, forged or citizen token', async () => {
    const citizen = await post('/api/v1/citizen/auth/login', {
      login: '0912345678',
      password: DEMO_PASSWORD,
    });
    expect(citizen.statusCode).toBe(200);
    for (const headers of [{}, bearer('abc.def.ghi'), bearer(citizen.json().accessToken)]) {
      const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('unauthorized');
    }
  });
});

describe('refresh tokens', () => {
  it('rotate on every use and revoke the whole family when an old one is replayed', async () => {
    const first = await post('/api/v1/auth/login', { username: 'qti.sonoivu.tn', password: DEMO_PASSWORD });
    const original = refreshCookie(first, COOKIE);

    const second = await post('/api/v1/auth/refresh', undefined, { cookie: original });
    expect(second.statusCode).toBe(200);
    expect(second.json().user.username).toBe('qti.sonoivu.tn');
    const rotated = refreshCookie(second, COOKIE);
    expect(rotated).not.toBe(original);

    const replay = await post('/api/v1/auth/refresh', undefined, { cookie: original });
    expect(replay.statusCode).toBe(401);
    // The replay burned the family: the legitimate successor no longer works either.
    expect((await post('/api/v1/auth/refresh', undefined, { cookie: rotated })).statusCode).toBe(401);
  });

  it('end at logout', async () => {
    const res = await post('/api/v1/auth/login', { username: 'qti.sonoivu.cv', password: DEMO_PASSWORD });
    const cookie = refreshCookie(res, COOKIE);
    const out = await post('/api/v1/auth/logout', undefined, { cookie });
    expect(out.statusCode).toBe(204);
    expect((await post('/api/v1/auth/refresh', undefined, { cookie })).statusCode).toBe(401);
  });

  it('are required for refresh', async () => {
    const res = await post('/api/v1/auth/refresh');
    expect(res.statusCode).toBe(401);
  });
});

describe('change password', () => {
  it('needs the current password, ends other sessions and keeps this one', async () => {
    const username = 'qti.sogddt.tn';
    const other = await post('/api/v1/auth/login', { username, password: DEMO_PASSWORD });
    const otherCookie = refreshCookie(other, COOKIE);
    const token = await login(ctx.app, username);

    const wrong = await post(
      '/api/v1/me/password',
      { currentPassword: 'Sai@12345', newPassword: 'Moi@2026abc' },
      bearer(token),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('body.currentPassword');

    const weak = await post(
      '/api/v1/me/password',
      { currentPassword: DEMO_PASSWORD, newPassword: 'short' },
      bearer(token),
    );
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('body.newPassword');

    const ok = await post(
      '/api/v1/me/password',
      { currentPassword: DEMO_PASSWORD, newPassword: 'Moi@2026abc' },
      bearer(token),
    );
    expect(ok.statusCode).toBe(200);
    expect((await post('/api/v1/auth/refresh', undefined, { cookie: otherCookie })).statusCode).toBe(401);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(ok.json().accessToken),
    });
    expect(me.statusCode).toBe(200);
    expect((await post('/api/v1/auth/login', { username, password: 'Moi@2026abc' })).statusCode).toBe(200);
    expect((await post('/api/v1/auth/login', { username, password: DEMO_PASSWORD })).statusCode).toBe(401);
  });
});
