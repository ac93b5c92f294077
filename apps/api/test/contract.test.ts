import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, DEMO_PASSWORD, login, unitByPrefix, type TestContext } from './harness';

/**
 * Every documented route, checked from the OpenAPI document itself: a route added without an entry here fails.
 * Each entry gives a valid body (so that a missing record, not the body, decides the answer) and, for routes that
 * need a permission, an account that lacks it.
 */
type Entry = {
  body?: () => object;
  forbiddenAs?: string;
  /** The account that may use the route, for the 400/404 checks (default: the system administrator). */
  as?: string;
  /** A valid query string, for routes that require one. */
  query?: string;
  /** The answer to a malformed body when it is not 400 (a gateway callback checks its signature first). */
  malformedBody?: number;
};

let ctx: TestContext;
let admin: string;
let citizen: string;
let provinceId: string;
type Operation = {
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
};
let operations: [string, Operation][];

const unitBody = () => ({
  parentId: provinceId,
  name: 'Đơn vị kiểm thử',
  level: 'department',
  code: `T${Date.now() % 1_000_000}`,
  accountPrefix: `kt${Date.now() % 1_000_000}`,
  validFrom: '2025-07-01',
  version: 1,
});
const userBody = () => ({
  fullName: 'Người Kiểm Thử',
  unitId: provinceId,
  roles: ['report_entry'],
  version: 1,
});
const RECEIVING = 'qti.sotuphap.tn';
const FEEDBACK = 'qti.pakn';
const REPORTS = 'qti.dg';
const LEADER = 'qti.ld';
const STATISTICS_QUERY = '?from=2026-01-01&to=2026-12-31';
const workflowBody = {
  procedureCode: '1.001193',
  ownerUnitId: '00000000-0000-4000-8000-000000000000',
  steps: [
    { name: 'Tiếp nhận', phase: 'intake', allottedHours: 1 },
    { name: 'Xử lý', phase: 'processing', allottedHours: 4 },
    { name: 'Ký', phase: 'signature', allottedHours: 1 },
    { name: 'Trả', phase: 'return', allottedHours: 1 },
  ],
};
const intakeBody = {
  procedureCode: '1.001193',
  applicant: { fullName: 'Lê Văn Kiểm', identificationNumber: '044090009999', address: 'Đồng Hới' },
  components: [],
};
const procedureBody = {
  code: '9.999999',
  name: 'Thủ tục kiểm thử',
  field: 'Kiểm thử',
  levels: ['province'],
  methods: [{ channel: 'direct', timeLimit: { amount: 1, unit: 'working_days' }, feeVnd: 0 }],
  cases: [],
  agencies: { executing: 'Sở Tư pháp' },
  results: [],
  legalBases: [],
  onlineLevel: 'none',
};

const TABLE: Record<string, Entry> = {
  'GET /api/health': {},
  'POST /api/v1/auth/login': {},
  'POST /api/v1/auth/refresh': {},
  'POST /api/v1/auth/logout': {},
  'GET /api/v1/me': {},
  'POST /api/v1/me/password': {},
  'POST /api/v1/citizen/auth/register': {},
  'POST /api/v1/citizen/auth/login': {},
  'POST /api/v1/citizen/auth/refresh': {},
  'POST /api/v1/citizen/auth/logout': {},
  'POST /api/v1/citizen/auth/password-reset': {},
  'POST /api/v1/citizen/auth/password-reset/confirm': {},
  'GET /api/v1/citizen/me': {},
  'PUT /api/v1/citizen/me': {},
  'POST /api/v1/citizen/me/password': {},
  'GET /api/v1/calendar/due-date': {},
  'GET /api/v1/calendar/years/{year}': {},
  'PUT /api/v1/calendar/years/{year}': { body: () => ({ days: [] }), forbiddenAs: RECEIVING },
  'GET /api/v1/calendar/years/{year}/proposal': { forbiddenAs: RECEIVING },
  'GET /api/v1/procedures': {},
  'GET /api/v1/procedures/fields': {},
  'GET /api/v1/procedures/{code}': {},
  'GET /api/v1/admin/procedures': { forbiddenAs: RECEIVING },
  'POST /api/v1/admin/procedures': { forbiddenAs: RECEIVING, body: () => procedureBody },
  'GET /api/v1/admin/procedures/{code}/versions': { forbiddenAs: RECEIVING },
  'POST /api/v1/admin/procedures/{code}/drafts': { forbiddenAs: RECEIVING },
  'POST /api/v1/admin/procedures/{code}/retire': {
    forbiddenAs: RECEIVING,
    body: () => ({ effectiveTo: '2030-01-01' }),
  },
  'GET /api/v1/admin/procedure-versions/{id}': { forbiddenAs: RECEIVING },
  'PUT /api/v1/admin/procedure-versions/{id}': {
    forbiddenAs: RECEIVING,
    body: () => ({ content: procedureBody, version: 1 }),
  },
  'POST /api/v1/admin/procedure-versions/{id}/publish': {
    forbiddenAs: RECEIVING,
    body: () => ({ effectiveFrom: '2030-01-01', version: 1 }),
  },
  'POST /api/v1/admin/procedures/import': {
    forbiddenAs: RECEIVING,
    body: () => ({ procedures: [procedureBody] }),
  },
  'GET /api/v1/admin/procedures/export': { forbiddenAs: RECEIVING },
  'POST /api/v1/dossiers': { forbiddenAs: 'qti.sotuphap.cv', body: () => intakeBody },
  'GET /api/v1/dossiers': { forbiddenAs: 'qti.sotuphap.nl' },
  'GET /api/v1/dossiers/queues': { forbiddenAs: 'qti.sotuphap.nl' },
  'GET /api/v1/dossiers/assignees': { forbiddenAs: 'qti.sotuphap.tn' },
  'POST /api/v1/dossiers/bulk-assign': {
    forbiddenAs: 'qti.sotuphap.nl',
    body: () => ({ assigneeId: randomUUID(), dossiers: [{ id: randomUUID(), version: 1 }] }),
  },
  'GET /api/v1/dossiers/register': {
    forbiddenAs: 'qti.sotuphap.nl',
    query: '?from=2026-01-01&to=2026-01-31',
  },
  'GET /api/v1/dossiers/{id}/slips/{form}': { forbiddenAs: 'qti.sotuphap.nl', as: 'qti.sotuphap.tn' },
  'POST /api/v1/dossiers/{id}/files': {
    forbiddenAs: 'qti.sotuphap.nl',
    as: 'qti.sotuphap.tn',
    query: '?kind=result',
  },
  'GET /api/v1/dossiers/{id}/files/{fileId}': { forbiddenAs: 'qti.sotuphap.nl', as: 'qti.sotuphap.tn' },
  'POST /api/v1/public/verify': {},
  'GET /api/v1/public/signing-key': {},
  'GET /api/v1/dossiers/{id}/payments/{paymentId}/receipt': {
    forbiddenAs: 'qti.sotuphap.nl',
    as: 'qti.sotuphap.tn',
  },
  'GET /api/v1/citizen/dossiers/{id}/payments/{paymentId}/receipt': {},
  'GET /api/v1/dossiers/{id}': { forbiddenAs: 'qti.sotuphap.nl', as: 'qti.sotuphap.tn' },
  'POST /api/v1/dossiers/{id}/actions': {
    forbiddenAs: 'qti.sotuphap.nl',
    as: 'qti.sotuphap.tn',
    body: () => ({ action: 'hand_over', version: 1 }),
  },
  'GET /api/v1/public/dossiers/{code}': {},
  'GET /api/v1/workflows': { forbiddenAs: RECEIVING },
  'GET /api/v1/workflows/preview': {},
  'POST /api/v1/workflows': { forbiddenAs: RECEIVING, body: () => workflowBody },
  'GET /api/v1/workflows/{id}': { forbiddenAs: RECEIVING },
  'PUT /api/v1/workflows/{id}': {
    forbiddenAs: RECEIVING,
    body: () => ({ workflow: workflowBody, version: 1 }),
  },
  'POST /api/v1/workflows/{id}/drafts': { forbiddenAs: RECEIVING },
  'POST /api/v1/workflows/{id}/publish': {
    forbiddenAs: RECEIVING,
    body: () => ({ effectiveFrom: '2030-01-01', version: 1 }),
  },
  'POST /api/v1/citizen/dossiers': {},
  'GET /api/v1/citizen/dossiers': {},
  'GET /api/v1/citizen/dossiers/{id}': {},
  'POST /api/v1/citizen/dossiers/{id}/payments': {},
  'POST /api/v1/payments/callback': { malformedBody: 401 },
  'GET /api/v1/payment-sandbox/{ref}': {},
  'POST /api/v1/payment-sandbox/{ref}/{outcome}': {},
  'GET /api/v1/notifications': {},
  'POST /api/v1/notifications/{id}/read': {},
  'POST /api/v1/notifications/read-all': {},
  'GET /api/v1/units': {},
  'POST /api/v1/units': { body: unitBody, forbiddenAs: RECEIVING },
  'GET /api/v1/units/{id}': {},
  'PUT /api/v1/units/{id}': { body: unitBody, forbiddenAs: RECEIVING },
  'GET /api/v1/users': { forbiddenAs: RECEIVING },
  'POST /api/v1/users': {
    body: () => ({
      username: `kt.${Date.now()}`,
      fullName: 'Người Kiểm Thử',
      unitId: provinceId,
      roles: ['report_entry'],
    }),
    forbiddenAs: RECEIVING,
  },
  'GET /api/v1/users/{id}': { forbiddenAs: RECEIVING },
  'PUT /api/v1/users/{id}': { body: userBody, forbiddenAs: RECEIVING },
  'POST /api/v1/users/{id}/lock': { body: () => ({ version: 1 }), forbiddenAs: RECEIVING },
  'POST /api/v1/users/{id}/unlock': { body: () => ({ version: 1 }), forbiddenAs: RECEIVING },
  'POST /api/v1/users/{id}/reset-password': { body: () => ({ version: 1 }), forbiddenAs: RECEIVING },
  'GET /api/v1/procedures/finder': {},
  'GET /api/v1/procedures/templates/{id}': {},
  'GET /api/v1/procedures/{code}/receiving-units': {},
  'POST /api/v1/admin/procedure-templates': { forbiddenAs: RECEIVING },
  'GET /api/v1/citizen/dossiers/{id}/files/{fileId}': {},
  'GET /api/v1/citizen/dossiers/{id}/slips/{form}': {},
  'POST /api/v1/citizen/dossiers/{id}/files': {},
  'POST /api/v1/citizen/dossiers/{id}/supplement': { body: () => ({ version: 1 }) },
  'POST /api/v1/citizen/dossiers/{id}/stop-request': {
    body: () => ({ version: 1, reason: 'Lý do kiểm thử' }),
  },
  'POST /api/v1/citizen/dossiers/{id}/rating': { body: () => ({ satisfied: true }) },
  'GET /api/v1/citizen/drafts': {},
  'POST /api/v1/citizen/drafts': {},
  'GET /api/v1/citizen/drafts/{id}': {},
  'PUT /api/v1/citizen/drafts/{id}': { body: () => ({ data: {}, version: 1 }) },
  'DELETE /api/v1/citizen/drafts/{id}': {},
  'POST /api/v1/citizen/drafts/{id}/files': { query: '?componentIndex=0' },
  'POST /api/v1/citizen/drafts/{id}/documents': {
    body: () => ({ componentIndex: 0, documentId: randomUUID() }),
  },
  'DELETE /api/v1/citizen/drafts/{id}/files/{fileId}': {},
  'POST /api/v1/citizen/drafts/{id}/submit': { body: () => ({ version: 1 }) },
  'GET /api/v1/citizen/documents': {},
  'GET /api/v1/public/questions': {},
  'POST /api/v1/citizen/questions': {},
  'GET /api/v1/citizen/questions': {},
  'GET /api/v1/questions': { forbiddenAs: 'qti.sotuphap.cv' },
  'POST /api/v1/questions/{id}/answer': {
    forbiddenAs: 'qti.sotuphap.cv',
    as: RECEIVING,
    body: () => ({ answer: 'Câu trả lời kiểm thử đủ dài.', version: 1 }),
  },
  'GET /api/v1/public/captcha': {},
  'GET /api/v1/public/feedback/agencies': {},
  'POST /api/v1/public/feedback/attachments': {},
  'POST /api/v1/public/feedback': {},
  'GET /api/v1/public/feedback': {},
  'GET /api/v1/public/feedback/{code}': {},
  'POST /api/v1/public/feedback/{code}/supplement': {
    body: () => ({ accessKey: 'k'.repeat(32), content: 'Thông tin bổ sung' }),
  },
  'POST /api/v1/public/feedback/{code}/rating': {
    body: () => ({ accessKey: 'k'.repeat(32), rating: 'like' }),
  },
  'GET /api/v1/public/feedback/{code}/answer-document': {},
  'GET /api/v1/feedback': { forbiddenAs: RECEIVING, as: FEEDBACK },
  'GET /api/v1/feedback/statistics': { forbiddenAs: RECEIVING, as: FEEDBACK, query: STATISTICS_QUERY },
  'GET /api/v1/feedback/statistics.xlsx': { forbiddenAs: RECEIVING, as: FEEDBACK, query: STATISTICS_QUERY },
  'GET /api/v1/feedback/{id}': { forbiddenAs: RECEIVING, as: FEEDBACK },
  'GET /api/v1/feedback/{id}/targets': { forbiddenAs: RECEIVING, as: FEEDBACK },
  'POST /api/v1/feedback/{id}/actions': {
    forbiddenAs: RECEIVING,
    as: FEEDBACK,
    body: () => ({ action: 'opinion', version: 1, comment: 'Ý kiến kiểm thử' }),
  },
  'POST /api/v1/feedback/{id}/answer-document': { forbiddenAs: RECEIVING, as: FEEDBACK, query: '?version=1' },
  'GET /api/v1/feedback/{id}/files/{fileId}': { forbiddenAs: RECEIVING, as: FEEDBACK },
  'GET /api/v1/feedback/{id}/document': { forbiddenAs: RECEIVING, as: FEEDBACK },
  'GET /api/v1/reports/templates': {},
  'POST /api/v1/reports/templates': {
    forbiddenAs: RECEIVING,
    body: () => ({
      code: 'KT',
      name: 'Biểu kiểm thử',
      definition: { rowSource: 'levels', columns: [{ key: 'total', label: 'Tổng' }] },
    }),
  },
  'GET /api/v1/reports/periods/{id}/units/{unitId}/forms/{templateId}/history': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
  },
  'GET /api/v1/reports/periods/{id}/units/{unitId}/forms/{templateId}/export.xlsx': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
  },
  'GET /api/v1/reports/periods/{id}/units/{unitId}/forms/{templateId}/export.pdf': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
  },
  'POST /api/v1/reports/periods/{id}/units/{unitId}/reopen': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
    body: () => ({ templateId: randomUUID(), reason: 'Mở lại để kiểm thử' }),
  },
  'GET /api/v1/reports/periods': { forbiddenAs: RECEIVING, as: REPORTS },
  'POST /api/v1/reports/periods': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
    body: () => ({
      name: 'Báo cáo quý kiểm thử',
      kind: 'q1',
      year: 2026,
      from: '2025-12-15',
      to: '2026-03-14',
      entryDeadline: '2026-03-20',
      templateIds: [randomUUID()],
    }),
  },
  'GET /api/v1/reports/periods/{id}': { forbiddenAs: RECEIVING, as: REPORTS },
  'POST /api/v1/reports/periods/{id}/issue': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
    body: () => ({ version: 1 }),
  },
  'POST /api/v1/reports/periods/{id}/close': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
    body: () => ({ version: 1 }),
  },
  'GET /api/v1/reports/periods/{id}/board': { forbiddenAs: RECEIVING, as: REPORTS },
  'GET /api/v1/reports/periods/{id}/units/{unitId}/forms/{templateId}': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
  },
  'PUT /api/v1/reports/periods/{id}/units/{unitId}/forms/{templateId}': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
    body: () => ({ values: {}, version: 1 }),
  },
  'POST /api/v1/reports/periods/{id}/units/{unitId}/forms/{templateId}/actions': {
    forbiddenAs: RECEIVING,
    as: REPORTS,
    body: () => ({ action: 'send_to_leader', version: 1 }),
  },
  'POST /api/v1/statistics/reports/{report}': { forbiddenAs: RECEIVING, as: LEADER, body: () => ({}) },
  'POST /api/v1/statistics/custom': {
    forbiddenAs: RECEIVING,
    as: LEADER,
    body: () => ({ definition: { columns: ['code'] } }),
  },
  'GET /api/v1/statistics/saved-reports': { forbiddenAs: RECEIVING, as: LEADER },
  'POST /api/v1/statistics/saved-reports': {
    forbiddenAs: RECEIVING,
    as: LEADER,
    body: () => ({ name: 'Báo cáo kiểm thử', definition: { columns: ['code'] } }),
  },
  'PUT /api/v1/statistics/saved-reports/{id}': {
    forbiddenAs: RECEIVING,
    as: LEADER,
    body: () => ({ name: 'Báo cáo kiểm thử', definition: { columns: ['code'] }, version: 1 }),
  },
  'DELETE /api/v1/statistics/saved-reports/{id}': { forbiddenAs: RECEIVING, as: LEADER },
  'POST /api/v1/statistics/exports': {
    forbiddenAs: RECEIVING,
    as: LEADER,
    body: () => ({ format: 'xlsx', source: { kind: 'standard', report: 'returned' } }),
  },
  'GET /api/v1/statistics/exports': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/statistics/exports/{id}': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/statistics/exports/{id}/file': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/statistics/dashboard': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/statistics/quality-index': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/statistics/quality-index/{unitId}': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/statistics/quality-index/{unitId}/indicators/{indicator}': {
    forbiddenAs: RECEIVING,
    as: LEADER,
  },
  'GET /api/v1/statistics/countryside': { forbiddenAs: RECEIVING, as: LEADER },
  'GET /api/v1/public/scoreboard': {},
  'GET /api/v1/admin/outbox': { forbiddenAs: RECEIVING },
  'POST /api/v1/admin/outbox/{id}/retry': { forbiddenAs: RECEIVING },
};

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
  const signIn = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/auth/login',
    payload: { login: '0912345678', password: DEMO_PASSWORD },
  });
  citizen = signIn.json().accessToken;
  provinceId = (await unitByPrefix(ctx.app, admin, 'qti')).id;
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = Object.entries<Record<string, Operation>>(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op] as [string, Operation]),
  );
});
afterAll(() => ctx.close());

const DOSSIER_CODE = { unknown: () => 'H44.50.01-260101-9999', malformed: 'not a code' };
const FEEDBACK_CODE = { unknown: () => 'PA-0000000000', malformed: 'not a code' };

/** Path parameters: a well-formed value that names nothing, and a malformed one. */
const PARAMS: Record<string, { unknown: () => string; malformed: string }> = {
  id: { unknown: () => randomUUID(), malformed: 'not-a-uuid' },
  code: { unknown: () => '9.999998', malformed: 'abc' },
  year: { unknown: () => '2026', malformed: 'two-thousand' },
  form: { unknown: () => '01', malformed: '99' },
  fileId: { unknown: () => randomUUID(), malformed: 'x' },
  unitId: { unknown: () => randomUUID(), malformed: 'x' },
  templateId: { unknown: () => randomUUID(), malformed: 'x' },
  paymentId: { unknown: () => randomUUID(), malformed: 'x' },
  ref: { unknown: () => 'MCUNKNOWN000', malformed: 'x' },
  outcome: { unknown: () => 'paid', malformed: 'maybe' },
  report: { unknown: () => 'returned', malformed: 'no-such-report' },
  indicator: { unknown: () => 'resolved_on_time', malformed: 'no-such-indicator' },
};

function call(
  key: string,
  options: { params?: 'unknown' | 'malformed'; token?: string; body?: object; query?: string } = {},
) {
  const [method, path] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param =
      name === 'code' && path.includes('/dossiers/')
        ? DOSSIER_CODE
        : name === 'code' && path.includes('/feedback/')
          ? FEEDBACK_CODE
          : PARAMS[name];
    if (!param) throw new Error(`no test value for path parameter ${name}`);
    return options.params === 'malformed' ? param.malformed : param.unknown();
  });
  return ctx.app.inject({
    method,
    url: url + (options.query ?? ''),
    headers: options.token ? bearer(options.token) : {},
    ...(method === 'GET' ? {} : { payload: options.body ?? {} }),
  });
}

function tokenFor(op: Operation) {
  return op.security?.some((s) => 'citizenToken' in s) ? citizen : admin;
}

function expectProblem(res: Awaited<ReturnType<typeof call>>, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, code: expect.any(String), title: expect.any(String) });
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents exactly the routes in the table', () => {
    expect(operations.map(([key]) => key).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it('gives every route a summary, a tag and problem responses for each documented error', () => {
    for (const [key, op] of operations) {
      const o = op as Operation & { summary?: string; tags?: string[] };
      expect(o.summary, key).toBeTruthy();
      expect(o.tags?.length, key).toBeGreaterThan(0);
    }
  });

  it('is browsable at /api/docs', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

describe('every route', () => {
  it('answers 401 without a token where it declares security', async () => {
    const secured = operations.filter(([, op]) => op.security?.length);
    expect(secured.length).toBeGreaterThan(10);
    for (const [key] of secured) expectProblem(await call(key), 401);
  });

  it('answers 400 with field errors for a malformed body', async () => {
    const withBody = operations.filter(([, op]) => op.requestBody);
    expect(withBody.length).toBeGreaterThan(8);
    for (const [key, op] of withBody) {
      const res = await call(key, { token: tokenFor(op), body: { unexpected: [1, 2, 3] } });
      const expected = TABLE[key]?.malformedBody ?? 400;
      expectProblem(res, expected);
      if (expected === 400) expect(res.json().errors.length, key).toBeGreaterThan(0);
    }
  });

  it('answers 400 for a malformed path parameter and 404 for one that names nothing', async () => {
    const withRecord = operations.filter(([, op]) =>
      op.parameters?.some((p) => p.in === 'path' && (p.name === 'id' || p.name === 'code')),
    );
    expect(withRecord.length).toBeGreaterThan(10);
    for (const [key, op] of withRecord) {
      const entry = TABLE[key];
      const token = entry?.as ? await login(ctx.app, entry.as) : tokenFor(op);
      const body = entry?.body?.();
      expectProblem(await call(key, { params: 'malformed', token, body, query: entry?.query }), 400);
      expectProblem(await call(key, { params: 'unknown', token, body, query: entry?.query }), 404);
    }
  });

  it('answers 403 to an officer without the permission', async () => {
    const restricted = Object.entries(TABLE).filter(([, entry]) => entry.forbiddenAs);
    for (const [key, entry] of restricted) {
      const token = await login(ctx.app, entry.forbiddenAs ?? '');
      const documented = operations.find(([k]) => k === key)?.[1];
      expect(Object.keys(documented?.responses ?? {}), key).toContain('403');
      expectProblem(await call(key, { token, body: entry.body?.(), query: entry.query }), 403);
    }
  });

  it('answers unknown API paths with a 404 problem', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/v1/khong-co' }), 404);
  });
});
