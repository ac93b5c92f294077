import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, DEMO_PASSWORD, login, unitByPrefix, type TestContext } from './harness';

let ctx: TestContext;
let citizen: string;
let communeId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/auth/login',
    payload: { login: '0912345678', password: DEMO_PASSWORD },
  });
  citizen = res.json().accessToken;
  communeId = (await unitByPrefix(ctx.app, await login(ctx.app, 'admin'), 'qti.donghoi')).id;
});
afterAll(() => ctx.close());

async function submit(procedureCode = '1.001193', token = citizen) {
  const procedure = (
    await ctx.app.inject({ method: 'GET', url: `/api/v1/procedures/${procedureCode}` })
  ).json();
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/dossiers',
    headers: bearer(token),
    payload: {
      procedureCode,
      receivingUnitId: communeId,
      applicant: {
        fullName: 'Nguyễn Văn An',
        identificationNumber: '044090001234',
        address: 'Phường Đồng Hới',
      },
      components: (procedure.cases[0]?.components ?? []).map((_: unknown, index: number) => ({
        index,
        provided: true,
      })),
    },
  });
}

describe('online submission', () => {
  it('numbers the dossier at once and puts it in the unit’s online intake queue; refusal reaches the citizen', async () => {
    const res = await submit();
    expect(res.statusCode, res.body).toBe(201);
    const dossier = res.json();
    expect(dossier).toMatchObject({ state: 'waiting_online_intake', receivedAt: null, dueAt: null });
    expect(dossier.code).toMatch(/^H44\.50\.01-\d{6}-\d{4}$/);

    const tn = await login(ctx.app, 'qti.donghoi.tn');
    const queue = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?queue=waiting_online_intake',
      headers: bearer(tn),
    });
    const item = queue.json().items.find((i: { code: string }) => i.code === dossier.code);
    expect(item).toMatchObject({ channel: 'online' });

    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${item.id}/actions`,
      headers: bearer(tn),
      payload: { action: 'refuse', version: item.version, comment: 'Giấy chứng sinh không hợp lệ' },
    });
    expect(refused.statusCode).toBe(200);
    const mine = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/citizen/dossiers/${dossier.id}`,
      headers: bearer(citizen),
    });
    expect(mine.json()).toMatchObject({ state: 'refused', refusalReason: 'Giấy chứng sinh không hợp lệ' });
    expect(mine.json().timeline.map((t: { label: string }) => t.label)).toEqual([
      'Nộp hồ sơ trực tuyến',
      'Từ chối',
    ]);
  });

  it('starts the legal clock when the agency accepts it', async () => {
    const dossier = (await submit()).json();
    const tn = await login(ctx.app, 'qti.donghoi.tn');
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/actions`,
      headers: bearer(tn),
      payload: { action: 'accept', version: 1 },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().state).toBe('received');
    const mine = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/citizen/dossiers',
      headers: bearer(citizen),
    });
    const listed = mine.json().items.find((d: { id: string }) => d.id === dossier.id);
    expect(listed.dueAt).toMatch(/\+07:00$/);
    expect(listed.dueExplanation.length).toBeGreaterThan(0);
  });

  it('refuses a procedure not offered online, and keeps dossiers to their owner', async () => {
    const offline = await submit('1.012812');
    expect(offline.statusCode).toBe(400);
    expect(offline.json().errors[0].field).toBe('body.channel');
    const dossier = (await submit()).json();
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/citizen/auth/register',
      payload: {
        fullName: 'Lê Thị Khác',
        identificationNumber: '044190004444',
        phone: '0977000444',
        password: 'Congdan@2026',
      },
    });
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/citizen/dossiers/${dossier.id}`,
      headers: bearer(other.json().accessToken),
    });
    expect(res.statusCode).toBe(404);
  });
});
