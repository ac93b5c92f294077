import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, unitByPrefix, type TestContext } from './harness';

let ctx: TestContext;
let admin: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

function send(method: 'POST' | 'PUT', url: string, payload: object, token = admin) {
  return ctx.app.inject({ method, url, headers: bearer(token), payload });
}

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

describe('internal workflows', () => {
  it('routes a provincial dossier from the service centre to the department and a partner agency', async () => {
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const justice = await unitByPrefix(ctx.app, admin, 'qti.sotuphap');
    const health = await unitByPrefix(ctx.app, admin, 'qti.soyte');
    const created = await send('POST', '/api/v1/workflows', {
      procedureCode: '3.000333',
      ownerUnitId: province.id,
      processingUnitId: justice.id,
      steps: [
        { name: 'Tiếp nhận tại Trung tâm', phase: 'intake', allottedHours: 4 },
        { name: 'Phân công', phase: 'assignment', allottedHours: 4 },
        { name: 'Tra cứu lý lịch', phase: 'processing', allottedHours: 40 },
        { name: 'Xác minh liên thông', phase: 'processing', unitId: health.id, allottedHours: 8 },
        { name: 'Ký phiếu', phase: 'signature', allottedHours: 8 },
        { name: 'Trả kết quả', phase: 'return', allottedHours: 4 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      status: 'draft',
      totalHours: 68,
      procedureName: expect.stringMatching(/^Cấp Phiếu Lý lịch tư pháp/),
    });
    const published = await send('POST', `/api/v1/workflows/${created.json().id}/publish`, {
      effectiveFrom: today,
      version: created.json().version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const amend = await send('POST', `/api/v1/workflows/${created.json().id}/drafts`, {});
    expect(amend.statusCode).toBe(201);
    expect(amend.json()).toMatchObject({ status: 'draft', versionNo: 2, totalHours: 68 });
    expect((await send('POST', `/api/v1/workflows/${created.json().id}/drafts`, {})).statusCode).toBe(409);

    const centre = await unitByPrefix(ctx.app, admin, 'qti.ttpvhcc');
    const preview = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/workflows/preview?procedureCode=3.000333&unitId=${centre.id}`,
      headers: bearer(admin),
    });
    expect(preview.json()).toMatchObject({ source: 'workflow', totalHours: 68, legalLimitHours: 80 });
    expect(preview.json().steps.map((s: { unitName: string }) => s.unitName)).toEqual([
      'Trung tâm Phục vụ hành chính công tỉnh Quảng Trị',
      'Sở Tư pháp',
      'Sở Tư pháp',
      'Sở Y tế',
      'Sở Tư pháp',
      'Trung tâm Phục vụ hành chính công tỉnh Quảng Trị',
    ]);

    const receiving = await login(ctx.app, 'qti.ttpvhcc.tn');
    const procedure = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/3.000333' })).json();
    const components = procedure.cases[0].components.map((_: unknown, index: number) => ({
      index,
      provided: true,
    }));
    const intake = await send(
      'POST',
      '/api/v1/dossiers',
      {
        procedureCode: '3.000333',
        applicant: { fullName: 'Hồ Văn Lực', identificationNumber: '044080001234', address: 'Đông Hà' },
        components,
      },
      receiving,
    );
    expect(intake.statusCode, intake.body).toBe(201);
    const dossier = intake.json();
    expect(dossier.code.startsWith('H44.20-')).toBe(true);
    const handedOver = await send(
      'POST',
      `/api/v1/dossiers/${dossier.id}/actions`,
      { action: 'hand_over', version: dossier.version },
      receiving,
    );
    expect(handedOver.json()).toMatchObject({ state: 'assigning', currentUnit: { name: 'Sở Tư pháp' } });
    // The partner agency in the workflow sees the dossier; an uninvolved department does not.
    const partner = await login(ctx.app, 'qti.soyte.cv');
    const outsider = await login(ctx.app, 'qti.soxaydung.cv');
    const view = async (token: string) =>
      ctx.app.inject({ method: 'GET', url: `/api/v1/dossiers/${dossier.id}`, headers: bearer(token) });
    const partnerView = await view(partner);
    expect(partnerView.statusCode).toBe(200);
    // The partner agency works its step without the applicant's contact details; the department sees them.
    expect(partnerView.json().applicant).toMatchObject({ fullName: 'Hồ Văn Lực', phone: null, email: null });
    expect(partnerView.json().applicant.address).not.toBe('Đông Hà');
    expect((await view(await login(ctx.app, 'qti.sotuphap.ldp'))).json().applicant.address).toBe('Đông Hà');

    // The department processes its step, then the dossier moves to the partner agency, whose officer works it.
    const ldp = await login(ctx.app, 'qti.sotuphap.ldp');
    const cvId = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/dossiers/assignees', headers: bearer(ldp) })
    )
      .json()
      .items.find((u: { username: string }) => u.username === 'qti.sotuphap.cv').id;
    const assigned = await send(
      'POST',
      `/api/v1/dossiers/${dossier.id}/actions`,
      { action: 'assign', version: handedOver.json().version, assigneeId: cvId },
      ldp,
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    const cv = await login(ctx.app, 'qti.sotuphap.cv');
    const toPartner = await send(
      'POST',
      `/api/v1/dossiers/${dossier.id}/actions`,
      { action: 'submit_review', version: assigned.json().version },
      cv,
    );
    expect(toPartner.json()).toMatchObject({
      state: 'processing',
      currentUnit: { name: 'Sở Y tế' },
      assignee: null,
    });
    const partnerNow = await view(partner);
    expect(partnerNow.json().allowedActions).toContain('submit_review');
    const done = await send(
      'POST',
      `/api/v1/dossiers/${dossier.id}/actions`,
      { action: 'submit_review', version: partnerNow.json().version },
      partner,
    );
    expect(done.json()).toMatchObject({ state: 'waiting_signature', currentUnit: { name: 'Sở Tư pháp' } });
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/dossiers/${dossier.id}`,
          headers: bearer(outsider),
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses to publish steps that exceed the legal time limit, and malformed workflows', async () => {
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const tooLong = await send('POST', '/api/v1/workflows', {
      procedureCode: '1.004222',
      ownerUnitId: province.id,
      steps: [
        { name: 'Tiếp nhận', phase: 'intake', allottedHours: 8 },
        { name: 'Xử lý', phase: 'processing', allottedHours: 80 },
        { name: 'Ký', phase: 'signature', allottedHours: 8 },
        { name: 'Trả', phase: 'return', allottedHours: 8 },
      ],
    });
    expect(tooLong.statusCode).toBe(201);
    const refused = await send('POST', `/api/v1/workflows/${tooLong.json().id}/publish`, {
      effectiveFrom: today,
      version: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('vượt thời hạn');

    const malformed = await send('POST', '/api/v1/workflows', {
      procedureCode: '1.001193',
      ownerUnitId: province.id,
      steps: [
        { name: 'Xử lý', phase: 'processing', allottedHours: 4 },
        { name: 'Tiếp nhận', phase: 'intake', allottedHours: 0 },
      ],
    });
    expect(malformed.statusCode).toBe(400);
    const fields = malformed.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.steps.0.phase', 'body.steps.1.allottedHours']));
  });

  it('is managed only within reach', async () => {
    const leader = await login(ctx.app, 'qti.sotuphap.ld');
    const province = await unitByPrefix(ctx.app, admin, 'qti');
    const res = await send(
      'POST',
      '/api/v1/workflows',
      {
        procedureCode: '1.001193',
        ownerUnitId: province.id,
        steps: [
          { name: 'Tiếp nhận', phase: 'intake', allottedHours: 1 },
          { name: 'Xử lý', phase: 'processing', allottedHours: 4 },
          { name: 'Ký', phase: 'signature', allottedHours: 1 },
          { name: 'Trả', phase: 'return', allottedHours: 1 },
        ],
      },
      leader,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('body.ownerUnitId');
    const officer = await login(ctx.app, 'qti.sotuphap.tn');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/workflows', headers: bearer(officer) }))
        .statusCode,
    ).toBe(403);
  });
});
