import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, DEMO_PASSWORD, refreshCookie, type TestContext } from './harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

function post(url: string, payload?: object, headers: Record<string, string> = {}) {
  return ctx.app.inject({ method: 'POST', url, payload, headers });
}

const registration = {
  fullName: 'Trần Thị Bích',
  identificationNumber: '044190005678',
  phone: '0987654321',
  email: 'bich@example.vn',
  password: 'Congdan@2026',
};

describe('citizen accounts', () => {
  it('registers, signs in by phone and by e-mail, and reads the profile', async () => {
    const res = await post('/api/v1/citizen/auth/register', registration);
    expect(res.statusCode).toBe(201);
    expect(res.json().citizen).toMatchObject({
      fullName: 'Trần Thị Bích',
      identificationNumber: '044190005678',
    });
    for (const loginName of ['0987654321', '+84987654321', 'BICH@example.vn']) {
      const signIn = await post('/api/v1/citizen/auth/login', { login: loginName, password: 'Congdan@2026' });
      expect(signIn.statusCode).toBe(200);
    }
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/citizen/me',
      headers: bearer(res.json().accessToken),
    });
    expect(me.json().email).toBe('bich@example.vn');
  });

  it('refuses a second account with the same identification number, naming the field', async () => {
    const res = await post('/api/v1/citizen/auth/register', {
      ...registration,
      phone: '0987000000',
      email: null,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].field).toBe('body.identificationNumber');
  });

  it('validates the identification number, the phone and the need for a contact', async () => {
    const res = await post('/api/v1/citizen/auth/register', {
      fullName: 'Lê Văn C',
      identificationNumber: '12345',
      phone: null,
      email: null,
      password: 'Congdan@2026',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.identificationNumber']));
    const noContact = await post('/api/v1/citizen/auth/register', {
      ...registration,
      identificationNumber: '044190009999',
      phone: null,
      email: null,
    });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().errors[0].field).toBe('body.phone');
  });

  it('keeps citizen and officer tokens apart', async () => {
    const officer = await post('/api/v1/auth/login', {
      username: 'qti.sotuphap.tn',
      password: DEMO_PASSWORD,
    });
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/citizen/me',
      headers: bearer(officer.json().accessToken),
    });
    expect(res.statusCode).toBe(401);
  });

  it('updates the profile with the current version and detects a stale one', async () => {
    const signIn = await post('/api/v1/citizen/auth/login', { login: '0912345678', password: DEMO_PASSWORD });
    const token = signIn.json().accessToken;
    const profile = signIn.json().citizen;
    const update = {
      fullName: profile.fullName,
      phone: profile.phone,
      email: profile.email,
      dateOfBirth: '1990-05-12',
      address: 'Số 5 Lý Thường Kiệt, phường Đồng Hới, tỉnh Quảng Trị',
      version: profile.version,
    };
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/citizen/me',
      headers: bearer(token),
      payload: update,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dateOfBirth: '1990-05-12', version: profile.version + 1 });
    const stale = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/citizen/me',
      headers: bearer(token),
      payload: update,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('changes the password, ending other sessions', async () => {
    const other = await post('/api/v1/citizen/auth/login', { login: '0987654321', password: 'Congdan@2026' });
    const cookie = refreshCookie(other, 'motcua_citizen_rt');
    const res = await post(
      '/api/v1/citizen/me/password',
      { currentPassword: 'Congdan@2026', newPassword: 'Congdan@2027' },
      bearer(other.json().accessToken),
    );
    expect(res.statusCode).toBe(200);
    expect((await post('/api/v1/citizen/auth/refresh', undefined, { cookie })).statusCode).toBe(401);
    expect(
      (await post('/api/v1/citizen/auth/login', { login: '0987654321', password: 'Congdan@2027' }))
        .statusCode,
    ).toBe(200);
  });

  it('refreshes and logs out through its own cookie', async () => {
    const signIn = await post('/api/v1/citizen/auth/login', { login: '0912345678', password: DEMO_PASSWORD });
    const cookie = refreshCookie(signIn, 'motcua_citizen_rt');
    const refreshed = await post('/api/v1/citizen/auth/refresh', undefined, { cookie });
    expect(refreshed.statusCode).toBe(200);
    const next = refreshCookie(refreshed, 'motcua_citizen_rt');
    expect((await post('/api/v1/citizen/auth/logout', undefined, { cookie: next })).statusCode).toBe(204);
    expect((await post('/api/v1/citizen/auth/refresh', undefined, { cookie: next })).statusCode).toBe(401);
  });
});

describe('password reset', () => {
  it('sends a one-time link through the outbox, sets the new password once, and says the same for unknown accounts', async () => {
    const { outbox } = await import('../src/db/schema');
    const { eq } = await import('drizzle-orm');
    const unknown = await post('/api/v1/citizen/auth/password-reset', { login: '0999999999' });
    expect(unknown.statusCode).toBe(202);
    const known = await post('/api/v1/citizen/auth/password-reset', { login: 'nguyenvanan@example.vn' });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);

    const [message] = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, 'nguyenvanan@example.vn'));
    expect(message).toMatchObject({
      channel: 'email',
      template: 'citizen_password_reset',
      status: 'pending',
    });
    const token = /[?&]ma=([\w-]+)/.exec(String(message?.payload.text))?.[1] ?? '';

    const other = await post('/api/v1/citizen/auth/login', { login: '0912345678', password: DEMO_PASSWORD });
    const cookie = refreshCookie(other, 'motcua_citizen_rt');
    const reset = await post('/api/v1/citizen/auth/password-reset/confirm', {
      token,
      newPassword: 'Matkhau@Moi1',
    });
    expect(reset.statusCode).toBe(204);
    expect((await post('/api/v1/citizen/auth/refresh', undefined, { cookie })).statusCode).toBe(401);
    expect(
      (await post('/api/v1/citizen/auth/login', { login: '0912345678', password: 'Matkhau@Moi1' }))
        .statusCode,
    ).toBe(200);
    const reused = await post('/api/v1/citizen/auth/password-reset/confirm', {
      token,
      newPassword: 'Matkhau@Moi2',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().errors[0].field).toBe('body.token');
  });
});
