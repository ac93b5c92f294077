import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, multipart, SAMPLE_FILES, type TestContext } from './harness';

let ctx: TestContext;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestApp();
  for (const role of ['tn', 'ldp', 'cv', 'ld']) tokens[role] = await login(ctx.app, `qti.donghoi.${role}`);
});
afterAll(() => ctx.close());

type Dossier = {
  id: string;
  code: string;
  state: string;
  version: number;
  dueAt: string | null;
  result: string | null;
  allowedActions: string[];
  events: { action: string; stepResult: string | null; comment: string | null }[];
  currentUnit: { name: string };
  assignee: { id: string } | null;
};

const applicant = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  identificationNumber: '044190001111',
  address: 'Phường Đồng Hới, tỉnh Quảng Trị',
  phone: '0905123456',
};

async function intake(token = tokens.tn ?? '', overrides: object = {}) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: bearer(token),
    payload: {
      procedureCode: '1.004222',
      caseIndex: 0,
      applicant,
      components: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => ({ index, provided: true })),
      ...overrides,
    },
  });
  return res;
}

async function act(token: string, dossier: Pick<Dossier, 'id' | 'version'>, body: object) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${dossier.id}/actions`,
    headers: bearer(token),
    payload: { version: dossier.version, ...body },
  });
}

async function step(token: string, dossier: Dossier, body: object): Promise<Dossier> {
  const res = await act(token, dossier, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function upload(
  token: string,
  id: string,
  kind: string,
  bytes: Buffer,
  name = 'ket-qua.pdf',
  extra = '',
) {
  const body = multipart(name, 'application/pdf', bytes);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${id}/files?kind=${kind}${extra}`,
    headers: { ...bearer(token), ...body.headers },
    payload: body.payload,
  });
}

async function userId(username: string) {
  const admin = await login(ctx.app, 'admin');
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/users?q=${username}`,
    headers: bearer(admin),
  });
  return res.json().items.find((u: { username: string }) => u.username === username).id as string;
}

describe('the counter journey: intake → assign → process → supplement → resume → sign → return', () => {
  it('runs end to end with every step logged and the result on time', async () => {
    const created = await intake();
    expect(created.statusCode, created.body).toBe(201);
    let d: Dossier = created.json();
    expect(d.code).toMatch(/^H44\.50\.01-\d{6}-0001$/);
    expect(d.state).toBe('received');
    expect(d.dueAt).toMatch(/\+07:00$/);
    expect(d.allowedActions).toContain('hand_over');

    d = await step(tokens.tn ?? '', d, { action: 'hand_over' });
    expect(d.state).toBe('assigning');
    const cv = await userId('qti.donghoi.cv');
    d = await step(tokens.ldp ?? '', d, { action: 'assign', assigneeId: cv });
    expect(d.state).toBe('processing');
    expect(d.assignee?.id).toBe(cv);

    const dueBefore = d.dueAt;
    d = await step(tokens.cv ?? '', d, {
      action: 'request_supplement',
      items: ['Bản sao giấy tờ chứng minh chỗ ở hợp pháp'],
      comment: 'Giấy tờ chỗ ở chưa hợp lệ',
    });
    expect(d.state).toBe('waiting_supplement');
    expect(d.dueAt).toBeNull();
    expect((d as Dossier & { supplementItems: string[] }).supplementItems).toEqual([
      'Bản sao giấy tờ chứng minh chỗ ở hợp pháp',
    ]);

    d = await step(tokens.tn ?? '', d, { action: 'complete_supplement' });
    expect(d.state).toBe('processing');
    expect(d.dueAt && dueBefore && d.dueAt >= dueBefore).toBe(true);

    d = await step(tokens.cv ?? '', d, { action: 'submit_review' });
    expect(d.state).toBe('reviewing');
    d = await step(tokens.ldp ?? '', d, { action: 'send_back', comment: 'Bổ sung nhận xét thẩm định' });
    expect(d.state).toBe('processing');
    d = await step(tokens.cv ?? '', d, { action: 'submit_review' });
    d = await step(tokens.ldp ?? '', d, { action: 'submit_signature' });
    expect(d.state).toBe('waiting_signature');
    const unsigned = await act(tokens.ld ?? '', d, { action: 'sign' });
    expect(unsigned.statusCode).toBe(400);
    await upload(tokens.ld ?? '', d.id, 'result', SAMPLE_FILES.pdf);
    d = await step(tokens.ld ?? '', d, { action: 'sign' });
    expect(d.state).toBe('waiting_return');
    expect(['early', 'on_time']).toContain(d.result);
    d = await step(tokens.tn ?? '', d, { action: 'return_result' });
    expect(d.state).toBe('returned');
    expect(d.allowedActions).toEqual([]);

    expect(d.events.map((e) => e.action)).toEqual([
      'receive',
      'hand_over',
      'assign',
      'request_supplement',
      'complete_supplement',
      'submit_review',
      'send_back',
      'submit_review',
      'submit_signature',
      'sign',
      'return_result',
    ]);
    expect(d.events.find((e) => e.action === 'send_back')?.comment).toBe('Bổ sung nhận xét thẩm định');
    expect(d.events.find((e) => e.action === 'hand_over')?.stepResult).toMatch(/early|on_time/);

    const tracked = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/dossiers/${d.code}` });
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json()).toMatchObject({ state: 'returned', applicantName: 'N***** T** Á** T****' });
    expect(tracked.body).not.toContain('044190001111');
    expect(tracked.body).not.toContain('0905123456');
  });
});

describe('the state machine', () => {
  it('answers 409 naming the allowed actions when the state does not allow the action', async () => {
    const d: Dossier = (await intake()).json();
    const res = await act(tokens.tn ?? '', d, { action: 'return_result' });
    expect(res.statusCode).toBe(409);
    expect(res.json().allowedActions).toEqual(expect.arrayContaining(['hand_over', 'refuse']));
  });

  it('answers 403 to a role that may never take the action', async () => {
    const d: Dossier = (await intake()).json();
    const res = await act(tokens.cv ?? '', d, { action: 'hand_over' });
    expect(res.statusCode).toBe(403);
  });

  it('lets only one of two officers acting on the same version win', async () => {
    const d: Dossier = (await intake()).json();
    const second = await login(ctx.app, 'qti.donghoi.tn');
    const [a, b] = await Promise.all([
      act(tokens.tn ?? '', d, { action: 'hand_over' }),
      act(second, d, { action: 'refuse', comment: 'Hồ sơ không thuộc thẩm quyền' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const fresh = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}`,
      headers: bearer(tokens.tn ?? ''),
    });
    expect(fresh.json().events).toHaveLength(2);
  });

  it('refuses with a mandatory reason', async () => {
    const d: Dossier = (await intake()).json();
    const missing = await act(tokens.tn ?? '', d, { action: 'refuse' });
    expect(missing.statusCode).toBe(400);
    const refused = await step(tokens.tn ?? '', d, {
      action: 'refuse',
      comment: 'Không thuộc thẩm quyền giải quyết',
    });
    expect(refused.state).toBe('refused');
  });

  it('counts a dossier with two supplement requests as late', async () => {
    let d: Dossier = (await intake()).json();
    d = await step(tokens.tn ?? '', d, { action: 'hand_over' });
    d = await step(tokens.ldp ?? '', d, { action: 'assign', assigneeId: await userId('qti.donghoi.cv') });
    for (let i = 0; i < 2; i++) {
      d = await step(tokens.cv ?? '', d, {
        action: 'request_supplement',
        items: ['Giấy tờ'],
        comment: 'Thiếu giấy tờ',
      });
      d = await step(tokens.tn ?? '', d, { action: 'complete_supplement' });
    }
    d = await step(tokens.cv ?? '', d, { action: 'submit_review' });
    d = await step(tokens.ldp ?? '', d, { action: 'submit_signature' });
    await upload(tokens.ld ?? '', d.id, 'result', SAMPLE_FILES.pdf);
    d = await step(tokens.ld ?? '', d, { action: 'sign' });
    expect(d.result).toBe('late');
  });

  it('allows one extension, at least one working day ahead, to a working day', async () => {
    let d: Dossier = (await intake()).json();
    d = await step(tokens.tn ?? '', d, { action: 'hand_over' });
    const dueDay = d.dueAt?.slice(0, 10) ?? '';
    const weekend = await act(tokens.ldp ?? '', d, {
      action: 'extend',
      newDueDate: '2027-01-02',
      comment: 'Cần xác minh thêm',
    });
    expect(weekend.statusCode).toBe(400);
    const later = new Date(Date.parse(`${dueDay}T00:00:00Z`) + 14 * 86_400_000);
    while ([0, 6].includes(later.getUTCDay())) later.setUTCDate(later.getUTCDate() + 1);
    const newDueDate = later.toISOString().slice(0, 10);
    d = await step(tokens.ldp ?? '', d, { action: 'extend', newDueDate, comment: 'Cần xác minh thực địa' });
    expect(d.dueAt?.slice(0, 10)).toBe(newDueDate);
    const again = await act(tokens.ldp ?? '', d, { action: 'extend', newDueDate, comment: 'Lần hai' });
    expect(again.statusCode).toBe(409);
  });
});

describe('access and queues', () => {
  it('hides a dossier from another unit, even by id', async () => {
    const d: Dossier = (await intake()).json();
    const other = await login(ctx.app, 'qti.dongha.tn');
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: bearer(other) }))
        .statusCode,
    ).toBe(404);
    expect((await act(other, d, { action: 'hand_over' })).statusCode).toBe(404);
    const leader = await login(ctx.app, 'qti.ld');
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/dossiers/${d.id}`, headers: bearer(leader) }))
        .statusCode,
    ).toBe(200);
  });

  it('numbers 50 concurrent intakes without a duplicate code', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => intake()));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    const codes = results.map((r) => r.json().code);
    expect(new Set(codes).size).toBe(50);
  });

  it('counts and pages the queues of the unit with a keyset cursor', async () => {
    const counts = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers/queues',
      headers: bearer(tokens.tn ?? ''),
    });
    expect(counts.json().counts.to_hand_over).toBeGreaterThan(50);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/dossiers?queue=to_hand_over&pageSize=20${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await ctx.app.inject({ method: 'GET', url, headers: bearer(tokens.tn ?? '') });
      const page: { items: { id: string }[]; nextCursor: string | null } = res.json();
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(counts.json().counts.to_hand_over);
  });

  it('searches by applicant name without diacritics and by code', async () => {
    const byName = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers?q=${encodeURIComponent('anh tuyet')}`,
      headers: bearer(tokens.tn ?? ''),
    });
    expect(byName.json().items.length).toBeGreaterThan(0);
    const code = byName.json().items[0].code as string;
    const byCode = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers?q=${code}`,
      headers: bearer(tokens.tn ?? ''),
    });
    expect(byCode.json().items.map((i: { code: string }) => i.code)).toEqual([code]);
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers?cursor=xyz',
      headers: bearer(tokens.tn ?? ''),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses intake of a missing required component or a channel the procedure lacks', async () => {
    const missing = await intake(tokens.tn, { components: [] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('body.components');
    const channel = await intake(tokens.tn, { channel: 'postal' });
    expect(channel.statusCode).toBe(400);
    expect(channel.json().errors[0].field).toBe('body.channel');
  });
});

describe('files and the signed result', () => {
  it('accepts scans by their bytes, refuses other types, and serves files as attachments', async () => {
    const d: Dossier = (await intake()).json();
    const scan = await upload(
      tokens.tn ?? '',
      d.id,
      'component',
      SAMPLE_FILES.jpeg,
      '../../etc/passwd.jpg',
      '&componentIndex=0',
    );
    expect(scan.statusCode, scan.body).toBe(201);
    expect(scan.json()).toMatchObject({ mime: 'image/jpeg', name: 'passwd.jpg', componentIndex: 0 });
    const exe = await upload(
      tokens.tn ?? '',
      d.id,
      'component',
      SAMPLE_FILES.exe,
      'to-khai.pdf',
      '&componentIndex=0',
    );
    expect(exe.statusCode).toBe(415);
    const noIndex = await upload(tokens.tn ?? '', d.id, 'component', SAMPLE_FILES.pdf);
    expect(noIndex.statusCode).toBe(400);
    const early = await upload(tokens.tn ?? '', d.id, 'result', SAMPLE_FILES.pdf);
    expect(early.statusCode).toBe(409);
    const big = await upload(
      tokens.tn ?? '',
      d.id,
      'component',
      Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(21 * 1024 * 1024)]),
      'lon.pdf',
      '&componentIndex=0',
    );
    expect(big.statusCode).toBe(413);
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${d.id}/files/${scan.json().id}`,
      headers: bearer(tokens.tn ?? ''),
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload.equals(SAMPLE_FILES.jpeg)).toBe(true);
  });

  it('signs the result so that anyone can verify it, and detects a changed file', async () => {
    let d: Dossier = (await intake()).json();
    d = await step(tokens.tn ?? '', d, { action: 'hand_over' });
    d = await step(tokens.ldp ?? '', d, { action: 'assign', assigneeId: await userId('qti.donghoi.cv') });
    const result = Buffer.from('%PDF-1.4\n% Giay xac nhan thuong tru so 77\n%%EOF\n');
    expect((await upload(tokens.cv ?? '', d.id, 'result', result)).statusCode).toBe(201);
    d = await step(tokens.cv ?? '', d, { action: 'submit_review' });
    d = await step(tokens.ldp ?? '', d, { action: 'submit_signature' });
    const signed = await step(tokens.ld ?? '', d, { action: 'sign' });
    const file = (
      signed as unknown as { files: { kind: string; signed: boolean; signedByName: string }[] }
    ).files.find((f) => f.kind === 'result');
    expect(file).toMatchObject({ signed: true });

    const verify = (bytes: Buffer) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/public/verify',
        headers: { 'content-type': 'application/pdf' },
        payload: bytes,
      });
    const ok = await verify(result);
    expect(ok.json()).toMatchObject({ signed: true, valid: true, dossierCode: d.code });
    const tampered = await verify(Buffer.from('%PDF-1.4\n% Giay xac nhan thuong tru so 78\n%%EOF\n'));
    expect(tampered.json()).toMatchObject({ signed: false, valid: false });
    const key = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/signing-key' });
    expect(key.json().publicKeyPem).toContain('BEGIN PUBLIC KEY');
    expect(key.json().keyId).toBe(ok.json().keyId);
  });
});
