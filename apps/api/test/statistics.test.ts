import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnInstant, type DossierState, type OnTimeResult } from '@motcua/shared';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
  citizens,
  dossierEvents,
  dossierFiles,
  dossierRatings,
  dossiers,
  payments,
  procedureVersions,
  units,
} from '../src/db/schema';
import { bearer, createTestApp, login, pdfText, type TestContext } from './harness';

/**
 * A fixture month at Phường Đồng Hới (September 2025, before any demo data): eight dossiers early, on time, late,
 * paused, refused, withdrawn, open and overdue, waiting for return; online, direct and by post. Every figure below
 * was computed by hand from this table.
 */
let ctx: TestContext;
const token: Record<string, string> = {};
let donghoi: string;
let province: string;
const WINDOW = { from: '2025-09-01', to: '2025-09-30' };
const at = (day: string, hour = 9, month = '09') => vnInstant(`2025-${month}-${day}`, hour * 60);

type Fixture = {
  key: string;
  channel: 'online' | 'direct' | 'postal';
  state: DossierState;
  received: string;
  due: string | null;
  finished?: [string, number];
  returned?: string;
  result?: OnTimeResult;
  paid?: 'online' | 'counter';
  signedResult?: boolean;
  digitised?: boolean;
  rating?: boolean;
  logged?: boolean;
  /** In October, for the reports of states September has none of. */
  october?: boolean;
};

const FIXTURES: Fixture[] = [
  {
    key: 'A',
    channel: 'online',
    state: 'returned',
    received: '02',
    due: '09',
    finished: ['05', 9],
    returned: '06',
    result: 'early',
    paid: 'online',
    signedResult: true,
    digitised: true,
    rating: true,
  },
  {
    key: 'B',
    channel: 'direct',
    state: 'returned',
    received: '03',
    due: '10',
    finished: ['10', 8],
    returned: '10',
    result: 'on_time',
    paid: 'counter',
    digitised: true,
    rating: false,
  },
  {
    key: 'C',
    channel: 'direct',
    state: 'returned',
    received: '04',
    due: '11',
    finished: ['16', 9],
    returned: '17',
    result: 'late',
  },
  { key: 'D', channel: 'online', state: 'waiting_supplement', received: '08', due: '15' },
  { key: 'E', channel: 'direct', state: 'refused', received: '09', due: '16', finished: ['10', 9] },
  { key: 'F', channel: 'online', state: 'withdrawn', received: '10', due: '17', finished: ['11', 9] },
  { key: 'G', channel: 'online', state: 'processing', received: '15', due: '22', logged: false },
  {
    key: 'H',
    channel: 'postal',
    state: 'waiting_return',
    received: '16',
    due: '23',
    finished: ['19', 9],
    result: 'early',
  },
  { key: 'I', channel: 'online', state: 'waiting_online_intake', received: '05', due: null, october: true },
  { key: 'J', channel: 'direct', state: 'received', received: '06', due: '13', october: true },
];
const ids: Record<string, string> = {};

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, account: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: account ? bearer(token[account] ?? '') : {}, payload });
}

async function seedFixtures() {
  const db = ctx.database.db;
  const [unit] = await db.select().from(units).where(eq(units.accountPrefix, 'qti.donghoi'));
  const [parent] = await db.select().from(units).where(eq(units.accountPrefix, 'qti'));
  const [version] = await db.select().from(procedureVersions).where(eq(procedureVersions.code, '1.004222'));
  const [citizen] = await db.select().from(citizens);
  if (!unit || !parent || !version || !citizen) throw new Error('demo data missing');
  donghoi = unit.id;
  province = parent.id;
  const person = {
    fullName: 'Nguyễn Văn Thử',
    identificationNumber: '044090000001',
    dateOfBirth: null,
    address: 'Đồng Hới',
    phone: '0912345678',
    email: null,
  };
  for (const [i, f] of FIXTURES.entries()) {
    const month = f.october ? '10' : '09';
    const day = (d: string) => at(d, 9, month);
    // An online submission not yet taken in has no receipt, no appointment and no clock.
    const received = f.state === 'waiting_online_intake' ? null : day(f.received);
    const [row] = await db
      .insert(dossiers)
      .values({
        code: `H44.50.01-25${month}${f.received}-${String(9000 + i)}`,
        procedureVersionId: version.id,
        procedureCode: version.code,
        procedureName: version.name,
        caseName: 'Đăng ký thường trú',
        channel: f.channel,
        state: f.state,
        provinceId: parent.id,
        receivingUnitId: unit.id,
        currentUnitId: unit.id,
        involvedUnitIds: [unit.id],
        applicant: person,
        applicantName: `Người nộp ${f.key}`,
        applicantIdNumber: person.identificationNumber,
        components: [{ index: 0, name: 'Tờ khai', originals: 1, copies: 0, provided: true, form: 'paper' }],
        resultMethod: 'counter',
        steps: [
          { name: 'Thụ lý', phase: 'processing', unitId: unit.id, unitName: unit.name, allottedHours: 56 },
        ],
        timeLimitAmount: 7,
        timeLimitUnit: 'working_days',
        receivedAt: received,
        receivedOn: received ? `2025-${month}-${f.received}` : null,
        dueAt: f.due ? day(f.due) : null,
        stepStartedAt: received,
        createdAt: day(f.received),
        pauses:
          f.state === 'waiting_supplement'
            ? [{ from: at('09').toISOString(), to: null, items: ['Bản sao'] }]
            : [],
        supplementRequests: f.state === 'waiting_supplement' ? 1 : 0,
        finishedAt: f.finished ? at(...f.finished) : null,
        returnedAt: f.returned ? at(f.returned) : null,
        result: f.result ?? null,
        feeVnd: 20000,
        paidAt: f.paid ? at(f.received) : null,
        refusalReason: f.state === 'refused' ? 'Hồ sơ không thuộc thẩm quyền' : null,
      })
      .returning();
    if (!row) throw new Error('insert failed');
    ids[f.key] = row.id;
    if (f.paid) {
      await db.insert(payments).values({
        dossierId: row.id,
        amountVnd: 20000,
        method: f.paid,
        status: 'paid',
        paidAt: at(f.received),
      });
    }
    const file = { name: 'x.pdf', mime: 'application/pdf', size: 10, sha256: 'x', storageKey: 'none/x.pdf' };
    if (f.digitised)
      await db
        .insert(dossierFiles)
        .values({ ...file, dossierId: row.id, kind: 'component', componentIndex: 0 });
    if (f.signedResult)
      await db.insert(dossierFiles).values({ ...file, dossierId: row.id, kind: 'result', signature: 'sig' });
    if (f.rating !== undefined) {
      await db.insert(dossierRatings).values({
        dossierId: row.id,
        citizenId: citizen.id,
        receivingUnitId: unit.id,
        satisfied: f.rating,
        reasons: f.rating ? [] : ['attitude'],
        createdAt: at(f.returned ?? f.received, 15),
      });
    }
    if (f.logged === false) continue;
    const officer = { unitId: unit.id, unitName: unit.name };
    await db.insert(dossierEvents).values([
      {
        ...officer,
        dossierId: row.id,
        at: day(f.received),
        action: 'receive',
        toState: 'received',
        actorId: '00000000-0000-4000-8000-000000000001',
        actorName: 'Cán bộ tiếp nhận',
      },
      {
        ...officer,
        dossierId: row.id,
        at: at(f.received, 10, month),
        action: 'update',
        toState: f.state,
        actorId: null,
        actorName: null,
      },
      ...(f.result && f.finished
        ? [
            {
              ...officer,
              dossierId: row.id,
              at: at(...f.finished),
              action: 'sign',
              toState: 'waiting_return' as const,
              stepResult: f.result,
              actorId: '00000000-0000-4000-8000-000000000002',
              actorName: 'Chuyên viên thụ lý',
            },
          ]
        : []),
    ]);
  }
}

beforeAll(async () => {
  ctx = await createTestApp();
  for (const account of ['qti.ld', 'qti.donghoi.ld', 'qti.dongha.ld', 'qti.donghoi.cv', 'qti.dg']) {
    token[account] = await login(ctx.app, account);
  }
  await seedFixtures();
});

afterAll(async () => {
  await ctx?.close();
});

const inWindow = { unitId: '', dateField: 'received', ...WINDOW };
function filter(extra: object = {}) {
  return { ...inWindow, unitId: donghoi, ...extra };
}

async function standard(report: string, body: object = {}, account = 'qti.ld') {
  const res = await call('POST', `/api/v1/statistics/reports/${report}`, account, {
    filter: filter(),
    ...body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function codes(table: { rows: { cells: Record<string, unknown> }[] }) {
  return table.rows.map((r) => String(r.cells.code).slice(-4)).sort();
}

describe('standard reports', () => {
  it('list the dossiers of each kind, in the leader’s reach', async () => {
    expect(codes(await standard('received_online'))).toEqual(['9000', '9003', '9005', '9006']);
    expect(codes(await standard('received_direct'))).toEqual(['9001', '9002', '9004', '9007']);
    expect(codes(await standard('returned'))).toEqual(['9000', '9001', '9002']);
    expect(codes(await standard('waiting_return'))).toEqual(['9007']);
    const refused = await standard('refused');
    expect(refused.rows.map((r: { cells: { refusal_reason: string } }) => r.cells.refusal_reason)).toEqual([
      'Hồ sơ không thuộc thẩm quyền',
    ]);
    expect(codes(await standard('withdrawn'))).toEqual(['9005']);
    expect(codes(await standard('processing'))).toEqual(['9006']);
    expect(codes(await standard('paused'))).toEqual(['9003']);
    // October: one online submission not yet taken in (counted from its submission), one waiting for hand-over.
    const october = { filter: filter({ from: '2025-10-01', to: '2025-10-31' }) };
    expect(codes(await standard('waiting_online_intake', october))).toEqual(['9008']);
    expect(codes(await standard('waiting_handover', october))).toEqual(['9009']);
    expect(codes(await standard('waiting_handover'))).toEqual([]);
    expect(codes(await standard('waiting_payment'))).toEqual(['9003', '9006', '9007']);
    const page = await standard('received_online', { page: 2, pageSize: 3 });
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0].dossierId).toBe(ids.A);
  });

  it('filter by status and group by procedure, each group drilling down to its dossiers', async () => {
    const grouped = await standard('returned', { groupBy: 'procedure' });
    expect(grouped.rows).toHaveLength(1);
    expect(grouped.rows[0].cells).toMatchObject({ count: 3, resolved: 3, early: 1, on_time: 1, late: 1 });
    expect(grouped.rows[0].drill).toMatchObject({ procedureCode: '1.004222', unitId: donghoi });
    const drilled = await call('POST', '/api/v1/statistics/custom', 'qti.ld', {
      definition: { columns: ['code'], filter: grouped.rows[0].drill },
    });
    expect(drilled.json().total).toBe(8);
    const onlyLate = await standard('returned', { filter: filter({ result: 'late' }) });
    expect(codes(onlyLate)).toEqual(['9002']);
    const none = await standard('returned', { filter: filter({ states: ['processing'] }) });
    expect(none.total).toBe(0);
  });

  it('sum Biểu 06’s columns per unit', async () => {
    const table = await standard('unit_summary');
    const row = table.rows.find((r: { cells: { unit: string } }) => r.cells.unit === 'Phường Đồng Hới');
    expect(row.cells).toEqual({
      unit: 'Phường Đồng Hới',
      received_total: 8,
      received_online: 4,
      received_direct: 4,
      carried_over: 0,
      resolved_total: 4,
      resolved_early: 2,
      resolved_on_time: 1,
      resolved_late: 1,
      on_time_share: 0.75,
      pending_total: 2,
      pending_within: 0,
      pending_overdue: 2,
    });
    expect(row.drill).toMatchObject({ receivingUnitId: donghoi });
  });

  it('show each month of the year, the satisfaction by unit and the officers’ steps', async () => {
    const yearly = await standard('unit_yearly', {
      filter: filter({ from: '2025-01-01', to: '2025-12-31' }),
    });
    expect(yearly.rows[0].cells).toMatchObject({
      unit: 'Phường Đồng Hới',
      m09: 8,
      m08: 0,
      // The October dossier waiting for hand-over; the submission not yet taken in is not received.
      m10: 1,
      received: 9,
      resolved: 4,
      on_time_share: 0.75,
    });
    const satisfaction = await standard('satisfaction_by_unit');
    expect(satisfaction.rows[0].cells).toEqual({
      unit: 'Phường Đồng Hới',
      rated: 2,
      satisfied: 1,
      unsatisfied: 1,
      satisfied_share: 0.5,
      main_reason: 'Thái độ của cán bộ chưa đúng mực',
    });
    const satisfactionYearly = await standard('satisfaction_yearly', {
      filter: filter({ from: '2025-01-01', to: '2025-12-31' }),
    });
    expect(satisfactionYearly.rows[0].cells).toMatchObject({
      m09: 0.5,
      m10: null,
      rated: 2,
      satisfied_share: 0.5,
    });
    const officers = await standard('officer_evaluation');
    const byName = Object.fromEntries(
      officers.rows.map((r: { cells: { officer: string } }) => [r.cells.officer, r.cells]),
    );
    expect(byName['Cán bộ tiếp nhận']).toMatchObject({ received: 7, steps: 0 });
    expect(byName['Chuyên viên thụ lý']).toMatchObject({
      steps: 4,
      early: 2,
      on_time: 1,
      late: 1,
      on_time_share: 0.75,
    });
  });

  it('keep other units’ data away and refuse officers without the permission', async () => {
    expect(
      (await call('POST', '/api/v1/statistics/reports/returned', 'qti.dongha.ld', { filter: filter() }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('POST', '/api/v1/statistics/reports/returned', 'qti.donghoi.cv', { filter: filter() }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/v1/statistics/reports/returned', '', { filter: filter() })).statusCode,
    ).toBe(401);
    const own = await standard('returned', { filter: { ...inWindow, unitId: undefined } }, 'qti.donghoi.ld');
    expect(own.total).toBe(3);
    const bad = await call('POST', '/api/v1/statistics/reports/returned', 'qti.ld', {
      filter: { from: '2025-10-01', to: '2025-09-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.filter.to');
  });
});

describe('custom reports', () => {
  it('show the chosen criteria, working days taken and group by channel', async () => {
    const res = await call('POST', '/api/v1/statistics/custom', 'qti.ld', {
      definition: {
        columns: ['code', 'channel', 'days_taken', 'paid', 'satisfaction', 'current_step'],
        filter: filter({ states: ['returned'] }),
      },
    });
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows.map((r: { cells: object }) => r.cells);
    expect(rows.find((r: { code: string }) => r.code.endsWith('9000'))).toEqual({
      code: 'H44.50.01-250902-9000',
      channel: 'Trực tuyến',
      // The fixture stores no days_taken: the report falls back to nothing for a closed dossier.
      days_taken: null,
      paid: true,
      satisfaction: 'Hài lòng',
      current_step: null,
    });
    const grouped = await call('POST', '/api/v1/statistics/custom', 'qti.ld', {
      definition: { columns: ['code'], filter: filter(), groupBy: 'channel' },
    });
    const cells = grouped
      .json()
      .rows.map((r: { cells: { group: string; count: number } }) => [r.cells.group, r.cells.count]);
    expect(cells).toEqual([
      ['Trực tuyến', 4],
      ['Trực tiếp', 3],
      ['Dịch vụ bưu chính', 1],
    ]);
    expect(grouped.json().totals).toMatchObject({ count: 8, resolved: 4, on_time_share: 0.75 });
  });

  it('are saved, renamed once per version and private to their owner', async () => {
    const definition = { columns: ['code', 'state'], filter: filter(), groupBy: null };
    const created = await call('POST', '/api/v1/statistics/saved-reports', 'qti.ld', {
      name: 'Hồ sơ tháng 9',
      definition,
    });
    expect(created.statusCode).toBe(201);
    const saved = created.json();
    const renamed = await call('PUT', `/api/v1/statistics/saved-reports/${saved.id}`, 'qti.ld', {
      name: 'Tháng 9/2025',
      definition,
      version: saved.version,
    });
    expect(renamed.json()).toMatchObject({ name: 'Tháng 9/2025', version: 2 });
    const stale = await call('PUT', `/api/v1/statistics/saved-reports/${saved.id}`, 'qti.ld', {
      name: 'Cũ',
      definition,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', '/api/v1/statistics/saved-reports', 'qti.donghoi.ld')).json().items).toEqual(
      [],
    );
    expect(
      (await call('DELETE', `/api/v1/statistics/saved-reports/${saved.id}`, 'qti.donghoi.ld')).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', '/api/v1/statistics/saved-reports', 'qti.ld', {
          name: 'x',
          definition: { columns: [] },
        })
      ).statusCode,
    ).toBe(400);
    expect((await call('DELETE', `/api/v1/statistics/saved-reports/${saved.id}`, 'qti.ld')).statusCode).toBe(
      204,
    );
  });
});

async function exported(request: object) {
  const created = await call('POST', '/api/v1/statistics/exports', 'qti.ld', request);
  expect(created.statusCode, created.body).toBe(202);
  let job = created.json();
  for (let i = 0; i < 200 && (job.status === 'queued' || job.status === 'running'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    job = (await call('GET', `/api/v1/statistics/exports/${job.id}`, 'qti.ld')).json();
  }
  expect(job.status).toBe('done');
  const file = await call('GET', `/api/v1/statistics/exports/${job.id}/file`, 'qti.ld');
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-disposition']).toMatch(/^attachment/);
  return { job, bytes: file.rawPayload };
}

describe('exports', () => {
  it('write a custom report to Excel in the background, row by row', async () => {
    const { job, bytes } = await exported({
      format: 'xlsx',
      source: {
        kind: 'custom',
        name: 'Hồ sơ tháng 9',
        definition: { columns: ['code', 'received_at', 'state'], filter: filter() },
      },
    });
    expect(job).toMatchObject({
      processed: 8,
      total: 8,
      fileName: expect.stringMatching(/^ho-so-thang-9-\d{4}-\d{2}-\d{2}\.xlsx$/),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = sheet?.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Trạng thái']);
    expect(sheet?.getRow(6).getCell(2).value).toBe('H44.50.01-250916-9007');
    // 09:00 in Vietnam, as Excel shows it.
    expect((sheet?.getRow(6).getCell(3).value as Date).toISOString()).toBe('2025-09-16T09:00:00.000Z');
    expect(sheet?.getRow(13).getCell(2).value).toBe('H44.50.01-250902-9000');
  });

  it('print a summary report to PDF with its totals, and keep other officers’ files to themselves', async () => {
    const { job, bytes } = await exported({
      format: 'pdf',
      source: { kind: 'standard', report: 'unit_summary', filter: filter() },
    });
    const text = pdfText(bytes);
    expect(text).toContain('TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT THEO ĐƠN VỊ');
    expect(text).toContain('Phường Đồng Hới');
    expect(text).toContain('75.0%');
    expect((await call('GET', `/api/v1/statistics/exports/${job.id}`, 'qti.donghoi.ld')).statusCode).toBe(
      404,
    );
    expect(
      (await call('GET', `/api/v1/statistics/exports/${job.id}/file`, 'qti.donghoi.ld')).statusCode,
    ).toBe(404);
    const refused = await call('POST', '/api/v1/statistics/exports', 'qti.dongha.ld', {
      format: 'xlsx',
      source: { kind: 'standard', report: 'returned', filter: filter() },
    });
    expect(refused.statusCode).toBe(404);
  });
});

describe('dashboard', () => {
  it('counts by state, on time by month, overdue by unit and online share, each with its drill-down', async () => {
    const res = await call(
      'GET',
      `/api/v1/statistics/dashboard?unitId=${donghoi}&from=${WINDOW.from}&to=${WINDOW.to}`,
      'qti.ld',
    );
    expect(res.statusCode).toBe(200);
    const board = res.json();
    const states = Object.fromEntries(
      board.byState.map((s: { state: string; count: number }) => [s.state, s.count]),
    );
    expect(states).toEqual({
      processing: 1,
      waiting_return: 1,
      waiting_supplement: 1,
      returned: 3,
      refused: 1,
      withdrawn: 1,
    });
    expect(board.onTimeByMonth).toEqual([
      expect.objectContaining({
        month: '2025-09',
        rate: 0.75,
        early: expect.objectContaining({ count: 2 }),
        late: expect.objectContaining({ count: 1 }),
      }),
    ]);
    const late = board.onTimeByMonth[0].late.drill;
    const drilled = await call('POST', '/api/v1/statistics/custom', 'qti.ld', {
      definition: { columns: ['code'], filter: late },
    });
    expect(codes(drilled.json())).toEqual(['9002']);
    // Overdue today, whenever received: September's open dossier and October's waiting for hand-over.
    expect(board.overdueByUnit).toEqual([expect.objectContaining({ unitId: donghoi, count: 2 })]);
    const overdue = await call('POST', '/api/v1/statistics/custom', 'qti.ld', {
      definition: { columns: ['code'], filter: board.overdueByUnit[0].drill },
    });
    expect(codes(overdue.json())).toEqual(['9006', '9009']);
    expect(board.online).toMatchObject({ share: 0.5, online: { count: 4 }, total: { count: 8 } });
    expect(board.satisfaction).toMatchObject({
      rated: 2,
      satisfied: 1,
      share: 0.5,
      unsatisfied: { count: 1 },
    });
    const unsatisfied = await call('POST', '/api/v1/statistics/custom', 'qti.ld', {
      definition: { columns: ['code'], filter: board.satisfaction.unsatisfied.drill },
    });
    expect(codes(unsatisfied.json())).toEqual(['9001']);
  });
});

describe('service-quality index', () => {
  const query = `from=${WINDOW.from}&to=${WINDOW.to}`;

  it('scores each indicator from live data as hand-computed', async () => {
    const res = await call('GET', `/api/v1/statistics/quality-index/${donghoi}?${query}`, 'qti.ld');
    expect(res.statusCode).toBe(200);
    const index = res.json();
    const indicators = Object.fromEntries(
      index.groups
        .flatMap((g: { indicators: { key: string }[] }) => g.indicators)
        .map((i: { key: string }) => [i.key, i]),
    );
    expect(indicators.dossiers_traceable).toMatchObject({ numerator: 7, denominator: 8, score: 15.75 });
    expect(indicators.resolved_on_time).toMatchObject({
      numerator: 3,
      denominator: 4,
      rate: 0.75,
      score: 10.5,
    });
    expect(indicators.processing_time).toMatchObject({ numerator: 28, denominator: 25, rate: 1, score: 6 });
    expect(indicators.procedures_online).toMatchObject({ numerator: 1, denominator: 1, score: 6 });
    expect(indicators.received_online).toMatchObject({ numerator: 4, denominator: 8, score: 6 });
    expect(indicators.procedures_payable_online).toMatchObject({ numerator: 1, denominator: 1, score: 5 });
    expect(indicators.paid_online).toMatchObject({ numerator: 1, denominator: 2, score: 5 });
    expect(indicators.electronic_results).toMatchObject({ numerator: 1, denominator: 4, score: 2 });
    expect(indicators.digitised).toMatchObject({ numerator: 2, denominator: 8, score: 2.19 });
    expect(indicators.reused).toMatchObject({ numerator: 0, denominator: 8, score: 0 });
    expect(indicators.feedback_on_time).toMatchObject({ denominator: 0, rate: null, score: 6 });
    expect(indicators.satisfaction).toMatchObject({ numerator: 2, denominator: 4, score: 6.67 });
    expect(index.total).toBe(71.11);
    expect(index.rulesVersion).toBe('766-2023');
  });

  it('drills down to the dossiers that lowered an indicator', async () => {
    const late = await call(
      'GET',
      `/api/v1/statistics/quality-index/${donghoi}/indicators/satisfaction?${query}`,
      'qti.ld',
    );
    expect(
      late
        .json()
        .items.map((i: { code: string }) => i.code.slice(-4))
        .sort(),
    ).toEqual(['9001', '9002']);
    const direct = await call(
      'GET',
      `/api/v1/statistics/quality-index/${donghoi}/indicators/received_online?${query}&pageSize=3`,
      'qti.ld',
    );
    expect(direct.json()).toMatchObject({ total: 4, pageSize: 3 });
    expect(direct.json().items[0]).toMatchObject({
      kind: 'dossier',
      reason: 'Nộp trực tiếp hoặc qua bưu chính',
    });
  });

  it('ranks the communes of the province, and hides other provinces’ units', async () => {
    const res = await call(
      'GET',
      `/api/v1/statistics/quality-index?unitId=${province}&level=commune&${query}`,
      'qti.ld',
    );
    const ranking = res.json();
    expect(ranking.level).toBe('commune');
    expect(ranking.levels).toContain('department');
    const own = ranking.items.find((i: { unit: { id: string } }) => i.unit.id === donghoi);
    expect(own).toMatchObject({ total: 71.11, groups: { progress: 16.5, payment: 10 } });
    // Communes with nothing to measure score full points by the rule, but rank after those with figures.
    expect(own).toMatchObject({ rank: 1, idle: false });
    const idle = ranking.items.filter((i: { idle: boolean }) => i.idle);
    expect(idle.length).toBe(ranking.items.length - 1);
    expect(idle.every((i: { total: number; rank: number }) => i.total === 100 && i.rank === 2)).toBe(true);
    expect(
      (await call('GET', `/api/v1/statistics/quality-index/${province}?${query}`, 'qti.donghoi.ld'))
        .statusCode,
    ).toBe(404);
  });

  it('checks the new-countryside criterion per commune with its evidence', async () => {
    const res = await call('GET', `/api/v1/statistics/countryside?unitId=${province}&${query}`, 'qti.ld');
    const commune = res.json().items.find((i: { unit: { id: string } }) => i.unit.id === donghoi);
    const conditions = Object.fromEntries(commune.conditions.map((c: { key: string }) => [c.key, c]));
    expect(commune.met).toBe(false);
    expect(conditions.all_in_system).toMatchObject({
      met: false,
      evidence: '7/8 hồ sơ có nhật ký tiếp nhận trên hệ thống',
    });
    expect(conditions.online_share).toMatchObject({ met: false, evidence: '4/8 hồ sơ trực tuyến (50%)' });
    expect(conditions.no_feedback).toMatchObject({ met: true });
    expect(conditions.no_overdue.evidence).toBe('1 hồ sơ giải quyết quá hạn, 2 hồ sơ đang quá hạn');
    expect(conditions.satisfaction_good).toMatchObject({
      met: false,
      evidence: '1/2 lượt đánh giá hài lòng (50%)',
    });
  });
});

describe('public scoreboard', () => {
  it('shows each agency’s results of a year without signing in', async () => {
    const res = await call('GET', `/api/v1/public/scoreboard?provinceId=${province}&year=2025`, '');
    expect(res.statusCode).toBe(200);
    const board = res.json();
    expect(board.provinces.map((p: { name: string }) => p.name)).toContain('UBND tỉnh Quảng Trị');
    const own = board.items.find((i: { unitId: string }) => i.unitId === donghoi);
    expect(own).toMatchObject({ resolved: 4, onTimeShare: 0.75, rated: 2, satisfiedShare: 0.5 });
    expect(JSON.stringify(board)).not.toContain('Người nộp');
    expect((await call('GET', '/api/v1/public/scoreboard?year=1999', '')).statusCode).toBe(400);
  });
});
