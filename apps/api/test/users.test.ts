import { compareVietnamese } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, DEMO_PASSWORD, login, unitByPrefix, type TestContext } from './harness';

let ctx: TestContext;
let admin: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

type User = {
  id: string;
  username: string;
  fullName: string;
  version: number;
  status: string;
  roles: string[];
  unit: { id: string };
};

async function users(token: string, query = '') {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/users${query}`, headers: bearer(token) });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: User[]; total: number }>();
}

function post(url: string, token: string, payload: object) {
  return ctx.app.inject({ method: 'POST', url, headers: bearer(token), payload });
}

describe('listing accounts', () => {
  it('finds names typed without diacritics', async () => {
    const { items } = await users(admin, `?q=${encodeURIComponent('nguyen thi hoa')}`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.fullName === 'Nguyễn Thị Hoa')).toBe(true);
    const { items: withD } = await users(admin, `?q=${encodeURIComponent('dang thi mai')}`);
    expect(withD.map((u) => u.fullName)).toContain('Đặng Thị Mai');
  });

  it('sorts by name in Vietnamese alphabetical order', async () => {
    const { items } = await users(admin, '?pageSize=200');
    const names = items.map((u) => u.fullName);
    expect(names).toEqual([...names].sort(compareVietnamese));
    // Đ sorts after D, not among the other letters as a plain code-point sort would put it.
    expect(names.findIndex((n) => n.startsWith('Đ'))).toBeGreaterThan(
      names.findIndex((n) => n.startsWith('D')),
    );
  });

  it('pages on the server with a total', async () => {
    const first = await users(admin, '?pageSize=5&page=1');
    const second = await users(admin, '?pageSize=5&page=2');
    expect(first.items).toHaveLength(5);
    expect(first.total).toBeGreaterThan(100);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('filters by unit with or without subunits, by role and by status', async () => {
    const justice = await unitByPrefix(ctx.app, admin, 'qti.sotuphap');
    const own = await users(admin, `?unitId=${justice.id}&pageSize=100`);
    const withSub = await users(admin, `?unitId=${justice.id}&includeSubunits=true&pageSize=100`);
    expect(own.items.every((u) => u.unit.id === justice.id)).toBe(true);
    expect(withSub.total).toBe(own.total + 2);
    const approvers = await users(admin, '?role=report_approver&pageSize=100');
    expect(approvers.items.every((u) => u.roles.includes('report_approver'))).toBe(true);
    expect(approvers.items.map((u) => u.username)).toContain('qti.sotuphap.dg');
  });

  it('shows a unit leader only the accounts of their subtree and hides the rest', async () => {
    const leader = await login(ctx.app, 'qti.sotuphap.ld');
    const { items } = await users(leader, '?pageSize=100');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.username.startsWith('qti.sotuphap.'))).toBe(true);
    const outsider = (await users(admin, '?q=qti.soyte.tn')).items[0];
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/users/${outsider?.id}`,
      headers: bearer(leader),
    });
    expect(res.statusCode).toBe(404);
  });

  it('is refused to officers without a user permission', async () => {
    const officer = await login(ctx.app, 'qti.sotuphap.tn');
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(officer) });
    expect(res.statusCode).toBe(403);
  });
});

describe('managing accounts', () => {
  it('creates an account that can sign in, and refuses a duplicate username', async () => {
    const unit = await unitByPrefix(ctx.app, admin, 'qti.donghoi');
    const payload = {
      username: 'qti.donghoi.tn2',
      fullName: 'Phạm Thị Thu',
      email: 'THU@example.vn',
      phone: '+84912000111',
      unitId: unit.id,
      roles: ['receiving_officer', 'receiving_officer'],
      password: 'Tiepnhan@2026',
    };
    const res = await post('/api/v1/users', admin, payload);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      temporaryPassword: null,
      user: {
        username: 'qti.donghoi.tn2',
        email: 'thu@example.vn',
        phone: '0912000111',
        roles: ['receiving_officer'],
      },
    });
    expect(await login(ctx.app, 'qti.donghoi.tn2', 'Tiepnhan@2026')).toBeTruthy();
    const dup = await post('/api/v1/users', admin, payload);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('body.username');
  });

  it('issues a temporary password once when none is given and requires changing it', async () => {
    const unit = await unitByPrefix(ctx.app, admin, 'qti.dongha');
    const res = await post('/api/v1/users', admin, {
      username: 'qti.dongha.cv2',
      fullName: 'Lê Văn Tám',
      unitId: unit.id,
      roles: ['processing_officer'],
    });
    expect(res.statusCode).toBe(201);
    const { temporaryPassword, user } = res.json();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{11}$/);
    expect(user.mustChangePassword).toBe(true);
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'qti.dongha.cv2', password: temporaryPassword },
    });
    expect(signIn.json().user.mustChangePassword).toBe(true);
  });

  it('rejects unknown roles, a bad e-mail and a unit outside reach', async () => {
    const res = await post('/api/v1/users', admin, {
      username: 'x',
      fullName: 'A',
      email: 'khong-phai-email',
      unitId: '00000000-0000-4000-8000-000000000000',
      roles: ['emperor'],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.username', 'body.fullName', 'body.email', 'body.roles.0']),
    );
    const outside = await post('/api/v1/users', admin, {
      username: 'qti.abc',
      fullName: 'Người Ngoài',
      unitId: '00000000-0000-4000-8000-000000000000',
      roles: ['report_entry'],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('body.unitId');
  });

  it('locks an account: its token stops working at once and it cannot sign in', async () => {
    const token = await login(ctx.app, 'qti.minhhoa.tn');
    const target = (await users(admin, '?q=qti.minhhoa.tn')).items[0];
    if (!target) throw new Error('missing demo account');
    const res = await post(`/api/v1/users/${target.id}/lock`, admin, { version: target.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('locked');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode,
    ).toBe(401);
    const signIn = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'qti.minhhoa.tn', password: DEMO_PASSWORD },
    });
    expect(signIn.statusCode).toBe(423);
    const stale = await post(`/api/v1/users/${target.id}/unlock`, admin, { version: target.version });
    expect(stale.statusCode).toBe(409);
    const unlock = await post(`/api/v1/users/${target.id}/unlock`, admin, { version: target.version + 1 });
    expect(unlock.statusCode).toBe(200);
  });

  it('resets a password: the old one stops working and the temporary one must be changed', async () => {
    const target = (await users(admin, '?q=qti.botrach.cv')).items[0];
    if (!target) throw new Error('missing demo account');
    const res = await post(`/api/v1/users/${target.id}/reset-password`, admin, { version: target.version });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    const old = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'qti.botrach.cv', password: DEMO_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    expect(await login(ctx.app, 'qti.botrach.cv', temporaryPassword)).toBeTruthy();
  });

  it('updates roles and unit with the current version', async () => {
    const target = (await users(admin, '?q=qti.quangtri.pakn')).items[0];
    const unit = await unitByPrefix(ctx.app, admin, 'qti.quangtri');
    if (!target) throw new Error('missing demo account');
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${target.id}`,
      headers: bearer(admin),
      payload: {
        fullName: target.fullName,
        unitId: unit.id,
        roles: ['feedback_handler', 'report_entry'],
        version: target.version,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      roles: ['feedback_handler', 'report_entry'],
      version: target.version + 1,
    });
  });

  it('stops an administrator from locking themselves or dropping their own admin role', async () => {
    const me = (await users(admin, '?q=admin&role=system_admin')).items.find((u) => u.username === 'admin');
    if (!me) throw new Error('missing admin');
    expect((await post(`/api/v1/users/${me.id}/lock`, admin, { version: me.version })).statusCode).toBe(403);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${me.id}`,
      headers: bearer(admin),
      payload: { fullName: me.fullName, unitId: me.unit.id, roles: ['unit_leader'], version: me.version },
    });
    expect(res.statusCode).toBe(403);
  });

  it('is refused to a unit leader, who may only read', async () => {
    const leader = await login(ctx.app, 'qti.ld');
    const target = (await users(admin, '?q=qti.donghoi.nl')).items[0];
    if (!target) throw new Error('missing demo account');
    expect(
      (await post(`/api/v1/users/${target.id}/lock`, leader, { version: target.version })).statusCode,
    ).toBe(403);
  });
});
