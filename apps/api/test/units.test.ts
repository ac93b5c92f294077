import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, unitByPrefix, type TestContext } from './harness';

let ctx: TestContext;
let admin: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

type Unit = {
  id: string;
  name: string;
  accountPrefix: string;
  parentId: string | null;
  version: number;
  depth: number;
};

async function list(token: string, query = '') {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/units${query}`, headers: bearer(token) });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Unit[] }>().items;
}

function send(method: 'POST' | 'PUT', url: string, token: string, payload: object) {
  return ctx.app.inject({ method, url, headers: bearer(token), payload });
}

describe('the unit tree in force on a date', () => {
  it('shows today the two-tier structure, without the district abolished on 01/07/2025', async () => {
    const prefixes = (await list(admin)).map((u) => u.accountPrefix);
    expect(prefixes).toEqual(expect.arrayContaining(['qti', 'qti.sotuphap', 'qti.ttpvhcc', 'qti.donghoi']));
    expect(prefixes).not.toContain('qbh.tuyenhoa');
  });

  it('shows on 30/06/2025 the legacy three-tier tree and not the units created the next day', async () => {
    const prefixes = (await list(admin, '?at=2025-06-30')).map((u) => u.accountPrefix);
    expect(prefixes).toEqual(expect.arrayContaining(['qbh', 'qbh.tuyenhoa', 'qbh.tuyenhoa.dongle']));
    expect(prefixes).not.toContain('qti.donghoi');
  });

  it('lists past and present together with includeInactive', async () => {
    const prefixes = (await list(admin, '?includeInactive=true')).map((u) => u.accountPrefix);
    expect(prefixes).toEqual(expect.arrayContaining(['qbh.tuyenhoa', 'qti.tuyenhoa']));
  });

  it('records what a legacy unit was merged into', async () => {
    const units = await list(admin, '?includeInactive=true');
    const district = units.find((u) => u.accountPrefix === 'qbh.tuyenhoa');
    const commune = units.find((u) => u.accountPrefix === 'qti.tuyenhoa');
    expect(district).toMatchObject({ validTo: '2025-06-30', mergedIntoId: commune?.id });
  });

  it('limits every officer to the subtree of their own unit', async () => {
    const leader = await login(ctx.app, 'qti.sotuphap.ld');
    const prefixes = (await list(leader)).map((u) => u.accountPrefix);
    expect(prefixes.sort()).toEqual(['qti.sotuphap', 'qti.sotuphap.hctp']);
    const other = await unitByPrefix(ctx.app, admin, 'qti.soyte');
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/units/${other.id}`,
      headers: bearer(leader),
    });
    expect(res.statusCode).toBe(404);
  });

  it('rejects a malformed date', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/units?at=30/06/2025',
      headers: bearer(admin),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('querystring.at');
  });
});

describe('creating and editing units', () => {
  it('creates a unit under a parent, with its path and depth, and audits it', async () => {
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const res = await send('POST', '/api/v1/units', admin, {
      parentId: province.id,
      name: '  Sở Công Thương ',
      level: 'department',
      code: 'h44.07',
      accountPrefix: 'QTI.SOCONGTHUONG',
      validFrom: '2025-07-01',
    });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({
      name: 'Sở Công Thương',
      code: 'H44.07',
      accountPrefix: 'qti.socongthuong',
      parentId: province.id,
      depth: 2,
      version: 1,
    });
    const audit = await ctx.database.db.query.auditLog.findFirst({
      where: (a, { and, eq }) => and(eq(a.entityId, unit.id), eq(a.action, 'unit.create')),
    });
    expect(audit?.actorType).toBe('officer');
  });

  it('refuses a duplicate electronic identifier with 409 naming the field', async () => {
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const res = await send('POST', '/api/v1/units', admin, {
      parentId: province.id,
      name: 'Trùng mã',
      level: 'department',
      code: 'H44.01',
      accountPrefix: 'qti.trungma',
      validFrom: '2025-07-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].field).toBe('body.code');
  });

  it('validates each field and the validity period', async () => {
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const res = await send('POST', '/api/v1/units', admin, {
      parentId: province.id,
      name: 'X',
      level: 'galaxy',
      code: 'có dấu',
      accountPrefix: 'a b',
      validFrom: '2025-07-01',
      validTo: '2025-01-01',
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.name', 'body.level', 'body.code', 'body.accountPrefix']),
    );
  });

  it('is for system administrators only', async () => {
    const leader = await login(ctx.app, 'qti.ld');
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const res = await send('POST', '/api/v1/units', leader, {
      parentId: province.id,
      name: 'Sở mới',
      level: 'department',
      code: 'H44.99',
      accountPrefix: 'qti.somoi',
      validFrom: '2025-07-01',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('moves a unit with its whole subtree and refuses a move into itself', async () => {
    const justice = await unitByPrefix(ctx.app, admin, 'qti.sotuphap');
    const division = await unitByPrefix(ctx.app, admin, 'qti.sotuphap.hctp');
    const centre = await unitByPrefix(ctx.app, admin, 'qti.ttpvhcc');
    const current = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/units/${justice.id}`, headers: bearer(admin) })
    ).json();
    const body = { ...current, parentId: division.id };
    const cycle = await send('PUT', `/api/v1/units/${justice.id}`, admin, body);
    expect(cycle.statusCode).toBe(400);

    const moved = await send('PUT', `/api/v1/units/${justice.id}`, admin, {
      ...current,
      parentId: centre.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: centre.id, depth: 3, version: current.version + 1 });
    const child = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/units/${division.id}`, headers: bearer(admin) })
    ).json();
    expect(child.depth).toBe(4);
    // The moved subtree is still reachable for the centre's leader, whose reach follows the path.
    const centreLeader = await login(ctx.app, 'qti.ttpvhcc.ld');
    const reach = (await list(centreLeader)).map((u) => u.accountPrefix);
    expect(reach).toEqual(expect.arrayContaining(['qti.sotuphap', 'qti.sotuphap.hctp']));
  });

  it('detects a concurrent edit with 409 version_conflict', async () => {
    const unit = await unitByPrefix(ctx.app, admin, 'qti.sonnmt');
    const current = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/units/${unit.id}`, headers: bearer(admin) })
    ).json();
    const [a, b] = await Promise.all([
      send('PUT', `/api/v1/units/${unit.id}`, admin, {
        ...current,
        name: 'Sở Nông nghiệp và Môi trường (A)',
      }),
      send('PUT', `/api/v1/units/${unit.id}`, admin, {
        ...current,
        name: 'Sở Nông nghiệp và Môi trường (B)',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)?.json().code).toBe('version_conflict');
  });

  it('keeps a province administrator out of other branches', async () => {
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const created = await send('POST', '/api/v1/users', admin, {
      username: 'qti.qt',
      fullName: 'Quản trị tỉnh',
      unitId: province.id,
      roles: ['system_admin'],
      password: 'Quantri@2026',
    });
    expect(created.statusCode).toBe(201);
    const provinceAdmin = await login(ctx.app, 'qti.qt', 'Quantri@2026');
    const legacy = await unitByPrefix(ctx.app, admin, 'qbh.tuyenhoa');
    const get = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/units/${legacy.id}`,
      headers: bearer(provinceAdmin),
    });
    expect(get.statusCode).toBe(404);
    const create = await send('POST', '/api/v1/units', provinceAdmin, {
      parentId: legacy.id,
      name: 'Xã ngoài phạm vi',
      level: 'commune',
      code: 'H37.47.99',
      accountPrefix: 'qbh.tuyenhoa.ngoai',
      validFrom: '2020-01-01',
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().errors[0].field).toBe('body.parentId');
  });
});

describe('the root unit', () => {
  it('can be renamed but stays a root, and other units cannot become roots', async () => {
    const root = await unitByPrefix(ctx.app, admin, 'vpcp');
    const current = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/units/${root.id}`, headers: bearer(admin) })
    ).json();
    const renamed = await send('PUT', `/api/v1/units/${root.id}`, admin, {
      ...current,
      name: 'Văn phòng Chính phủ (VPCP)',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ parentId: null, name: 'Văn phòng Chính phủ (VPCP)' });
    const commune = await unitByPrefix(ctx.app, admin, 'qti.botrach');
    const body = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/units/${commune.id}`, headers: bearer(admin) })
    ).json();
    const orphan = await send('PUT', `/api/v1/units/${commune.id}`, admin, { ...body, parentId: null });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().errors[0].field).toBe('body.parentId');
  });
});

describe('office hours of a unit', () => {
  it('set the close of the appointment day for dossiers received there, and must not overlap', async () => {
    const commune = await unitByPrefix(ctx.app, admin, 'qti.quangtri');
    const current = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/units/${commune.id}`, headers: bearer(admin) })
    ).json();
    const overlapping = await send('PUT', `/api/v1/units/${commune.id}`, admin, {
      ...current,
      officeHours: [
        { start: '07:00', end: '12:00' },
        { start: '11:00', end: '16:30' },
      ],
    });
    expect(overlapping.statusCode).toBe(400);
    const saved = await send('PUT', `/api/v1/units/${commune.id}`, admin, {
      ...current,
      officeHours: [
        { start: '07:00', end: '11:30' },
        { start: '13:00', end: '16:30' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const officer = await login(ctx.app, 'qti.quangtri.tn');
    const procedure = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/1.004222' })).json();
    const dossier = await send('POST', '/api/v1/dossiers', officer, {
      procedureCode: '1.004222',
      applicant: {
        fullName: 'Trần Văn Giờ',
        identificationNumber: '044090005555',
        address: 'Phường Quảng Trị',
      },
      components: procedure.cases[0].components.map((_: unknown, index: number) => ({
        index,
        provided: true,
      })),
    });
    expect(dossier.statusCode, dossier.body).toBe(201);
    expect(dossier.json().dueAt).toMatch(/T16:30:00\+07:00$/);
  });
});
