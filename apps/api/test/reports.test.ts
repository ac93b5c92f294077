import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, type TestContext } from './harness';

let ctx: TestContext;
const token: Record<string, string> = {};
let periodId: string;
let templateId: string;
const unit: Record<string, string> = {};

function call(method: 'GET' | 'POST' | 'PUT', url: string, account: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: bearer(token[account] ?? ''), payload });
}

function formUrl(unitKey: string) {
  return `/api/v1/reports/periods/${periodId}/units/${unit[unitKey]}/forms/${templateId}`;
}

async function act(account: string, unitKey: string, action: object) {
  const form = (await call('GET', formUrl(unitKey), account)).json();
  return call('POST', `${formUrl(unitKey)}/actions`, account, { version: form.version, ...action });
}

async function enter(account: string, unitKey: string, values: object) {
  const form = (await call('GET', formUrl(unitKey), account)).json();
  return call('PUT', formUrl(unitKey), account, { values, version: form.version });
}

const FIELD = 'Hộ tịch';

beforeAll(async () => {
  ctx = await createTestApp();
  for (const account of [
    'qti.nl',
    'qti.dg',
    'qti.donghoi.nl',
    'qti.donghoi.dg',
    'qti.dongha.nl',
    'qti.dongha.dg',
    'qbh.dg',
  ]) {
    token[account] = await login(ctx.app, account);
  }
  const admin = await login(ctx.app, 'admin');
  const units = (await ctx.app.inject({ method: 'GET', url: '/api/v1/units', headers: bearer(admin) })).json<{
    items: { id: string; accountPrefix: string }[];
  }>().items;
  for (const key of ['qti', 'qti.donghoi', 'qti.dongha']) {
    unit[key.split('.').at(-1) ?? key] = units.find((u) => u.accountPrefix === key)?.id ?? '';
  }
  const templates = (await call('GET', '/api/v1/reports/templates', 'qti.dg')).json().items;
  templateId = templates.find((t: { code: string }) => t.code === '06/VPCP/KSTT').id;
}, 60_000);
afterAll(() => ctx.close());

describe('a quarterly period issued by the province', () => {
  it('is drafted and issued by the province’s approval account, and seen by the communes only once issued', async () => {
    const created = await call('POST', '/api/v1/reports/periods', 'qti.dg', {
      name: 'Báo cáo quý III năm 2026',
      kind: 'q3',
      year: 2026,
      from: '2026-06-15',
      to: '2026-09-14',
      entryDeadline: '2026-09-20',
      templateIds: [templateId],
    });
    expect(created.statusCode, created.body).toBe(201);
    periodId = created.json().id;
    expect((await call('GET', `/api/v1/reports/periods/${periodId}`, 'qti.donghoi.nl')).statusCode).toBe(404);
    const entryCannot = await call('POST', '/api/v1/reports/periods', 'qti.donghoi.nl', {
      ...created.json(),
      templateIds: [templateId],
    });
    expect(entryCannot.statusCode).toBe(403);
    const issued = await call('POST', `/api/v1/reports/periods/${periodId}/issue`, 'qti.dg', { version: 1 });
    expect(issued.json().status).toBe('issued');
    const listed = (await call('GET', '/api/v1/reports/periods', 'qti.donghoi.nl')).json().items;
    expect(listed.map((p: { id: string }) => p.id)).toContain(periodId);
  });

  it('rejects figures that break the form’s rules, naming the cell', async () => {
    await enter('qti.donghoi.nl', 'donghoi', { [FIELD]: { received_online: 1, resolved_on_time: 5 } });
    const sent = await act('qti.donghoi.nl', 'donghoi', { action: 'send_to_leader' });
    expect(sent.statusCode).toBe(400);
    expect(sent.json().errors[0].field).toBe(`values.${FIELD}.resolved_total`);
  });

  it('goes from entry to the leader to the province, and is locked once sent', async () => {
    const saved = await enter('qti.donghoi.nl', 'donghoi', {
      [FIELD]: {
        received_online: 6,
        received_direct: 3,
        carried_over: 1,
        resolved_on_time: 7,
        pending_within: 3,
        received_total: 999,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // Totals are computed, never taken as typed.
    expect(saved.json().values[FIELD].received_total).toBe(10);
    await act('qti.donghoi.nl', 'donghoi', { action: 'send_to_leader' });
    const locked = await enter('qti.donghoi.nl', 'donghoi', { [FIELD]: { received_online: 1 } });
    expect(locked.statusCode).toBe(409);
    const approved = await act('qti.donghoi.dg', 'donghoi', { action: 'approve' });
    expect(approved.json().status).toBe('submitted');
    const own = await act('qti.donghoi.dg', 'donghoi', { action: 'accept' });
    expect(own.statusCode).toBe(409);
  });

  it('keeps each commune’s form from the others', async () => {
    expect((await call('GET', formUrl('donghoi'), 'qti.dongha.nl')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/reports/periods/${periodId}`, 'qbh.dg')).statusCode).toBe(404);
  });

  it('shows the province who has sent, and sums only what it accepted', async () => {
    await enter('qti.dongha.nl', 'dongha', {
      [FIELD]: { received_online: 2, resolved_early: 1, pending_overdue: 1 },
    });
    await act('qti.dongha.nl', 'dongha', { action: 'send_to_leader' });
    await act('qti.dongha.dg', 'dongha', { action: 'approve' });

    const board = (await call('GET', `/api/v1/reports/periods/${periodId}/board`, 'qti.dg')).json();
    const status = (name: string) =>
      board.units.find((u: { unit: { name: string } }) => u.unit.name === name)?.status;
    expect(status('Phường Đồng Hới')).toBe('submitted');
    expect(status('Phường Đông Hà')).toBe('submitted');
    expect(status('Xã Tuyên Hóa')).toBe('not_started');
    expect(board.counts.submitted).toBe(2);

    await act('qti.dg', 'donghoi', { action: 'accept' });
    const noReason = await act('qti.dg', 'dongha', { action: 'return', reason: '' });
    expect(noReason.statusCode).toBe(400);
    const returned = await act('qti.dg', 'dongha', {
      action: 'return',
      reason: 'Số quá hạn chưa khớp hệ thống',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnReason: 'Số quá hạn chưa khớp hệ thống',
    });

    const province = (await call('GET', formUrl('qti'), 'qti.nl')).json();
    expect(province.children[FIELD]).toMatchObject({
      received_total: 10,
      resolved_total: 7,
      pending_total: 3,
    });
    expect(province.missingChildren.map((c: { name: string }) => c.name)).toContain('Phường Đông Hà');
  });

  it('takes the corrected form back, and the province’s total is the sum of its accepted children', async () => {
    const again = await enter('qti.dongha.nl', 'dongha', {
      [FIELD]: { received_online: 2, resolved_early: 1, pending_within: 1 },
    });
    expect(again.statusCode).toBe(200);
    await act('qti.dongha.nl', 'dongha', { action: 'send_to_leader' });
    await act('qti.dongha.dg', 'dongha', { action: 'approve' });
    await act('qti.dg', 'dongha', { action: 'accept' });

    const donghoi = (await call('GET', formUrl('donghoi'), 'qti.donghoi.nl')).json();
    const dongha = (await call('GET', formUrl('dongha'), 'qti.dongha.nl')).json();
    const province = (await call('GET', formUrl('qti'), 'qti.nl')).json();
    for (const column of Object.keys(province.children[FIELD])) {
      expect(province.children[FIELD][column], column).toBe(
        (donghoi.totals[FIELD]?.[column] ?? 0) + (dongha.totals[FIELD]?.[column] ?? 0),
      );
    }
    expect(province.missingChildren.map((c: { name: string }) => c.name)).not.toContain('Phường Đông Hà');
    // Accepted data stays locked for its entry account.
    expect((await enter('qti.dongha.nl', 'dongha', { [FIELD]: { received_online: 9 } })).statusCode).toBe(
      409,
    );
  });

  it('goes up to the top: the province approves its own form with its children in it', async () => {
    await enter('qti.nl', 'qti', { [FIELD]: { received_direct: 4, resolved_on_time: 4 } });
    await act('qti.nl', 'qti', { action: 'send_to_leader' });
    const top = await act('qti.dg', 'qti', { action: 'approve' });
    expect(top.json().status).toBe('accepted');
    expect(top.json().totals[FIELD]).toMatchObject({ received_total: 16, received_direct: 7 });
  });
});
