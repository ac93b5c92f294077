import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@motcua/shared';
import ExcelJS from 'exceljs';
import { todayInVietnam } from '../src/lib/time';
import { scanReportDeadlines } from '../src/modules/reports/reports.alerts';
import { bearer, createTestApp, login, pdfText, type TestContext } from './harness';

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
    'qbh.nl',
    'qbh.tuyenhoa.nl',
    'qbh.tuyenhoa.dg',
    'qbh.tuyenhoa.dongle.nl',
    'qbh.tuyenhoa.dongle.dg',
    'admin',
  ]) {
    token[account] = await login(ctx.app, account);
  }
  const all = (
    await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/units?includeInactive=true',
      headers: bearer(token.admin ?? ''),
    })
  ).json<{ items: { id: string; accountPrefix: string }[] }>().items;
  for (const key of ['qti', 'qti.donghoi', 'qti.dongha', 'qbh', 'qbh.tuyenhoa', 'qbh.tuyenhoa.dongle']) {
    unit[key] = all.find((u) => u.accountPrefix === key)?.id ?? '';
  }
  expect(Object.values(unit).every(Boolean)).toBe(true);
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

  it('reminds the units that have not sent their forms two days before the entry deadline, once', async () => {
    expect((await scanReportDeadlines(ctx.database.db, '2026-09-15')).created).toBe(0);
    const first = await scanReportDeadlines(ctx.database.db, '2026-09-18');
    expect(first.created).toBeGreaterThan(0);
    expect((await scanReportDeadlines(ctx.database.db, '2026-09-18')).created).toBe(0);
    const notices = (await call('GET', '/api/v1/notifications', 'qti.donghoi.nl')).json().items;
    expect(notices.map((n: { kind: string }) => n.kind)).toContain('report_due_soon');
  });

  it('rejects figures that break the form’s rules, naming the cell', async () => {
    await enter('qti.donghoi.nl', 'qti.donghoi', { [FIELD]: { received_online: 1, resolved_on_time: 5 } });
    const sent = await act('qti.donghoi.nl', 'qti.donghoi', { action: 'send_to_leader' });
    expect(sent.statusCode).toBe(400);
    expect(sent.json().errors[0].field).toBe(`values.${FIELD}.resolved_total`);
  });

  it('goes from entry to the leader to the province, and is locked once sent', async () => {
    const saved = await enter('qti.donghoi.nl', 'qti.donghoi', {
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
    await act('qti.donghoi.nl', 'qti.donghoi', { action: 'send_to_leader' });
    const locked = await enter('qti.donghoi.nl', 'qti.donghoi', { [FIELD]: { received_online: 1 } });
    expect(locked.statusCode).toBe(409);
    const approved = await act('qti.donghoi.dg', 'qti.donghoi', { action: 'approve' });
    expect(approved.json().status).toBe('submitted');
    const own = await act('qti.donghoi.dg', 'qti.donghoi', { action: 'accept' });
    expect(own.statusCode).toBe(409);
  });

  it('keeps each commune’s form from the others', async () => {
    expect((await call('GET', formUrl('qti.donghoi'), 'qti.dongha.nl')).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/reports/periods/${periodId}`, 'qbh.dg')).statusCode).toBe(404);
  });

  it('shows the province who has sent, and sums only what it accepted', async () => {
    await enter('qti.dongha.nl', 'qti.dongha', {
      [FIELD]: { received_online: 2, resolved_early: 1, pending_overdue: 1 },
    });
    await act('qti.dongha.nl', 'qti.dongha', { action: 'send_to_leader' });
    await act('qti.dongha.dg', 'qti.dongha', { action: 'approve' });

    const board = (await call('GET', `/api/v1/reports/periods/${periodId}/board`, 'qti.dg')).json();
    const status = (name: string) =>
      board.units.find((u: { unit: { name: string } }) => u.unit.name === name)?.status;
    expect(status('Phường Đồng Hới')).toBe('submitted');
    expect(status('Phường Đông Hà')).toBe('submitted');
    expect(status('Xã Tuyên Hóa')).toBe('not_started');
    expect(board.counts.submitted).toBe(2);

    await act('qti.dg', 'qti.donghoi', { action: 'accept' });
    const noReason = await act('qti.dg', 'qti.dongha', { action: 'return', reason: '' });
    expect(noReason.statusCode).toBe(400);
    const returned = await act('qti.dg', 'qti.dongha', {
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
    const again = await enter('qti.dongha.nl', 'qti.dongha', {
      [FIELD]: { received_online: 2, resolved_early: 1, pending_within: 1 },
    });
    expect(again.statusCode).toBe(200);
    await act('qti.dongha.nl', 'qti.dongha', { action: 'send_to_leader' });
    await act('qti.dongha.dg', 'qti.dongha', { action: 'approve' });
    await act('qti.dg', 'qti.dongha', { action: 'accept' });

    const donghoi = (await call('GET', formUrl('qti.donghoi'), 'qti.donghoi.nl')).json();
    const dongha = (await call('GET', formUrl('qti.dongha'), 'qti.dongha.nl')).json();
    const province = (await call('GET', formUrl('qti'), 'qti.nl')).json();
    for (const column of Object.keys(province.children[FIELD])) {
      expect(province.children[FIELD][column], column).toBe(
        (donghoi.totals[FIELD]?.[column] ?? 0) + (dongha.totals[FIELD]?.[column] ?? 0),
      );
    }
    expect(province.missingChildren.map((c: { name: string }) => c.name)).not.toContain('Phường Đông Hà');
    // Accepted data stays locked for its entry account.
    expect((await enter('qti.dongha.nl', 'qti.dongha', { [FIELD]: { received_online: 9 } })).statusCode).toBe(
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

  it('keeps the history with the figures of each approval', async () => {
    const history = (await call('GET', `${formUrl('qti.dongha')}/history`, 'qti.dg')).json().items;
    expect(history.map((e: { action: string }) => e.action)).toEqual([
      'save',
      'send_to_leader',
      'approve',
      'return',
      'save',
      'send_to_leader',
      'approve',
      'accept',
    ]);
    const approvals = history.filter((e: { action: string }) => e.action === 'approve');
    expect(approvals[0].snapshot[FIELD].pending_overdue).toBe(1);
    expect(approvals[1].snapshot[FIELD].pending_overdue).toBe(0);
    expect(history[3].reason).toBe('Số quá hạn chưa khớp hệ thống');
  });

  it('exports the province’s form to Excel with its header and formulas, and to PDF with diacritics', async () => {
    const xlsx = await call('GET', `${formUrl('qti')}/export.xlsx`, 'qti.dg');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    expect(texts).toContain('Đơn vị báo cáo: UBND tỉnh Quảng Trị');
    expect(texts.some((t) => t.startsWith('Kỳ báo cáo: Báo cáo quý III năm 2026'))).toBe(true);
    let formulas = 0;
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas++;
      }),
    );
    expect(formulas).toBeGreaterThan(10);
    const pdf = await call('GET', `${formUrl('qti')}/export.pdf`, 'qti.dg');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
    expect(text).toContain('Tổng hợp từ các đơn vị trực thuộc đã duyệt');
    expect(text).toContain('Hộ tịch');
  });

  it('lets the issuer reopen one unit’s form after the period closes, and only that one', async () => {
    const period = (await call('GET', `/api/v1/reports/periods/${periodId}`, 'qti.dg')).json();
    const closed = await call('POST', `/api/v1/reports/periods/${periodId}/close`, 'qti.dg', {
      version: period.version,
    });
    expect(closed.json().status).toBe('closed');
    const byCommune = await call(
      'POST',
      `/api/v1/reports/periods/${periodId}/units/${unit['qti.dongha']}/reopen`,
      'qti.dongha.dg',
      {
        templateId,
        reason: 'Cần sửa số liệu',
      },
    );
    expect(byCommune.statusCode).toBe(403);
    const reopened = await call(
      'POST',
      `/api/v1/reports/periods/${periodId}/units/${unit['qti.dongha']}/reopen`,
      'qti.dg',
      {
        templateId,
        reason: 'Thanh tra phát hiện thiếu hồ sơ trực tuyến',
      },
    );
    expect(reopened.json()).toMatchObject({
      status: 'returned',
      returnReason: 'Thanh tra phát hiện thiếu hồ sơ trực tuyến',
    });
    expect((await enter('qti.dongha.nl', 'qti.dongha', { [FIELD]: { received_online: 3 } })).statusCode).toBe(
      200,
    );
    expect(
      (await enter('qti.donghoi.nl', 'qti.donghoi', { [FIELD]: { received_online: 3 } })).statusCode,
    ).toBe(409);
    // Until it is accepted again the province's sum leaves it out.
    const province = (await call('GET', formUrl('qti'), 'qti.dg')).json();
    expect(province.missingChildren.map((c: { name: string }) => c.name)).toContain('Phường Đông Hà');
  });
});

describe('the system figures', () => {
  it('pre-fill a commune’s form from the dossiers it received in the window', async () => {
    const receiving = await login(ctx.app, 'qti.donghoi.tn');
    const received = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: bearer(receiving),
      payload: {
        procedureCode: '1.004222',
        caseIndex: 0,
        applicant: { fullName: 'Lê Văn Số', identificationNumber: '044090001111', address: 'Đồng Hới' },
        components: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => ({ index, provided: true })),
      },
    });
    expect(received.statusCode, received.body).toBe(201);
    const today = todayInVietnam();
    const period = await call('POST', '/api/v1/reports/periods', 'qti.dg', {
      name: 'Báo cáo đột xuất về cư trú',
      kind: 'custom',
      year: 2026,
      from: addDays(today, -7),
      to: today,
      entryDeadline: addDays(today, 3),
      templateIds: [templateId],
    });
    periodId = period.json().id;
    await call('POST', `/api/v1/reports/periods/${periodId}/issue`, 'qti.dg', { version: 1 });
    const form = (await call('GET', formUrl('qti.donghoi'), 'qti.donghoi.nl')).json();
    expect(form.system['Đăng ký, quản lý cư trú']).toMatchObject({
      received_direct: 1,
      received_total: 1,
      pending_within: 1,
      pending_total: 1,
    });
    // Nothing saved yet: the form opens pre-filled with the system's figures.
    expect(form.values).toEqual(form.system);
    expect(form.status).toBe('not_started');
    // Sent as it opened, without a save: what goes up is what was shown.
    expect((await act('qti.donghoi.nl', 'qti.donghoi', { action: 'send_to_leader' })).statusCode).toBe(200);
    const approved = (await act('qti.donghoi.dg', 'qti.donghoi', { action: 'approve' })).json();
    expect(approved.totals['Đăng ký, quản lý cư trú']).toEqual(form.system['Đăng ký, quản lý cư trú']);
  });
});

describe('forms as versioned data', () => {
  it('saves a new version for the system administrator and refuses a total of a missing column', async () => {
    const current = (await call('GET', '/api/v1/reports/templates', 'admin'))
      .json()
      .items.find((t: { code: string }) => t.code === 'II.07b');
    const saved = await call('POST', '/api/v1/reports/templates', 'admin', {
      code: 'II.07b',
      name: current.name,
      definition: {
        ...current.definition,
        columns: [
          ...current.definition.columns,
          { key: 'online_full', label: 'Trực tuyến toàn trình', group: null, sumOf: null, metric: null },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().versionNo).toBe(2);
    const broken = await call('POST', '/api/v1/reports/templates', 'admin', {
      code: 'II.07b',
      name: current.name,
      definition: {
        ...current.definition,
        columns: [{ key: 'total', label: 'Tổng', group: null, sumOf: ['nothing'], metric: null }],
      },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].field).toBe('body.definition.columns.0.sumOf.0');
    expect(
      (
        await call('POST', '/api/v1/reports/templates', 'qti.dg', {
          code: 'X1',
          name: 'Biểu thử',
          definition: current.definition,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('the legacy three-tier structure', () => {
  it('sends a commune’s form through its district to the former province, which sums both levels', async () => {
    const created = await call('POST', '/api/v1/reports/periods', 'qbh.dg', {
      name: 'Báo cáo quý I năm 2025',
      kind: 'q1',
      year: 2025,
      from: '2024-12-15',
      to: '2025-03-14',
      entryDeadline: '2025-03-20',
      templateIds: [templateId],
    });
    expect(created.statusCode, created.body).toBe(201);
    periodId = created.json().id;
    await call('POST', `/api/v1/reports/periods/${periodId}/issue`, 'qbh.dg', { version: 1 });

    await enter('qbh.tuyenhoa.dongle.nl', 'qbh.tuyenhoa.dongle', {
      [FIELD]: { received_direct: 5, resolved_on_time: 5 },
    });
    await act('qbh.tuyenhoa.dongle.nl', 'qbh.tuyenhoa.dongle', { action: 'send_to_leader' });
    await act('qbh.tuyenhoa.dongle.dg', 'qbh.tuyenhoa.dongle', { action: 'approve' });
    // The commune's superior is its district, not the province.
    expect((await act('qbh.dg', 'qbh.tuyenhoa.dongle', { action: 'accept' })).statusCode).toBe(409);
    expect((await act('qbh.tuyenhoa.dg', 'qbh.tuyenhoa.dongle', { action: 'accept' })).json().status).toBe(
      'accepted',
    );

    await enter('qbh.tuyenhoa.nl', 'qbh.tuyenhoa', { [FIELD]: { received_online: 2, pending_within: 2 } });
    await act('qbh.tuyenhoa.nl', 'qbh.tuyenhoa', { action: 'send_to_leader' });
    await act('qbh.tuyenhoa.dg', 'qbh.tuyenhoa', { action: 'approve' });
    await act('qbh.dg', 'qbh.tuyenhoa', { action: 'accept' });

    const province = (await call('GET', formUrl('qbh'), 'qbh.nl')).json();
    expect(province.children[FIELD]).toMatchObject({
      received_total: 7,
      resolved_total: 5,
      pending_total: 2,
    });
    // The new province's units take no part in the former province's period.
    expect((await call('GET', `/api/v1/reports/periods/${periodId}`, 'qti.dg')).statusCode).toBe(404);
  });
});
