import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedback, outbox } from '../src/db/schema';
import { todayInVietnam } from '../src/lib/time';
import { scanFeedbackDeadlines } from '../src/modules/feedback/feedback.alerts';
import { bearer, createTestApp, login, multipart, SAMPLE_FILES, type TestContext } from './harness';

let ctx: TestContext;
const token: Record<string, string> = {};
const unit: Record<string, string> = {};

type Problem = { code: string; errors?: { field: string; message: string }[]; allowedActions?: string[] };

function call(method: 'GET' | 'POST', url: string, options: { token?: string; payload?: object } = {}) {
  return ctx.app.inject({
    method,
    url,
    headers: options.token ? bearer(options.token) : {},
    payload: options.payload,
  });
}

/** Solves a fresh challenge as the portal's widget does, and encodes the payload it submits. */
async function captcha() {
  const challenge = (await call('GET', '/api/v1/public/captcha')).json<Challenge>();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

async function upload(captchaPayload: string, name: string, bytes: Buffer, type = 'application/pdf') {
  const body = multipart(name, type, bytes);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/feedback/attachments',
    payload: body.payload,
    headers: { ...body.headers, 'x-captcha': captchaPayload },
  });
}

function submission(overrides: object = {}) {
  return {
    unitId: unit.qti,
    category: 'rules',
    title: 'Bộ phận một cửa yêu cầu giấy tờ đã bãi bỏ',
    content:
      'Khi nộp hồ sơ tôi được yêu cầu nộp bản sao sổ hộ khẩu dù giấy tờ này đã bị bãi bỏ. Liên hệ: an.nguyen@example.vn, 0912345678.',
    procedureCode: null,
    dossierCode: null,
    sender: { fullName: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', phone: null, address: 'Đông Hà' },
    consent: true,
    attachments: [],
    ...overrides,
  };
}

async function submit(overrides: object = {}) {
  const res = await call('POST', '/api/v1/public/feedback', {
    payload: { ...submission(overrides), captcha: await captcha() },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ code: string; accessKey: string }>();
}

async function idOf(code: string) {
  const [row] = await ctx.database.db.select().from(feedback).where(eq(feedback.code, code));
  if (!row) throw new Error(`no feedback ${code}`);
  return row.id;
}

async function act(account: string, id: string, action: object) {
  const current = await call('GET', `/api/v1/feedback/${id}`, { token: token[account] });
  expect(current.statusCode, current.body).toBe(200);
  return call('POST', `/api/v1/feedback/${id}/actions`, {
    token: token[account],
    payload: { version: current.json().version, ...action },
  });
}

function fieldsOf(res: { json: () => Problem }) {
  return (res.json().errors ?? []).map((e) => e.field);
}

beforeAll(async () => {
  ctx = await createTestApp();
  for (const account of [
    'qti.pakn',
    'qti.soxaydung.pakn',
    'qti.sotuphap.pakn',
    'qti.sotuphap.ld',
    'qti.donghoi.pakn',
    'btp.pakn',
    'vpcp.pakn',
    'qti.ld',
  ]) {
    token[account] = await login(ctx.app, account);
  }
  const agencies = (await call('GET', '/api/v1/public/feedback/agencies')).json<{
    items: { id: string; name: string }[];
  }>().items;
  const byName = (name: string) => agencies.find((a) => a.name === name)?.id ?? '';
  unit.qti = byName('UBND tỉnh Quảng Trị');
  unit.soxaydung = byName('Sở Xây dựng');
  unit.sotuphap = byName('Sở Tư pháp');
  unit.btp = byName('Bộ Tư pháp');
  expect(Object.values(unit).every(Boolean)).toBe(true);
}, 60_000);
afterAll(() => ctx.close());

describe('submitting feedback', () => {
  it('lists the agencies that take feedback, not the units without a handler', async () => {
    const names = (await call('GET', '/api/v1/public/feedback/agencies'))
      .json()
      .items.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['UBND tỉnh Quảng Trị', 'Sở Xây dựng', 'Bộ Tư pháp']));
    expect(names).not.toContain('Trung tâm Phục vụ hành chính công tỉnh Quảng Trị');
    expect(names).not.toContain('UBND tỉnh Quảng Bình');
  });

  it('rejects 3,001 characters, 6 attachments and a missing consent at once, with each field named', async () => {
    const res = await call('POST', '/api/v1/public/feedback', {
      payload: {
        ...submission({
          content: 'x'.repeat(3001),
          consent: false,
          attachments: Array.from({ length: 6 }, () => crypto.randomUUID()),
        }),
        captcha: await captcha(),
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(
      expect.arrayContaining(['body.content', 'body.attachments', 'body.consent']),
    );
    expect(res.json().errors.find((e: Problem['errors'] & object) => e)).toBeDefined();
    const content = res.json().errors.find((e: { field: string }) => e.field === 'body.content');
    expect(content.message).toBe('Tối đa 3000 ký tự');
  });

  it('accepts exactly 3,000 characters', async () => {
    const { code } = await submit({ content: 'Nội dung phản ánh. '.repeat(200).slice(0, 3000) });
    expect(code).toMatch(/^PA-[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it('asks for the captcha when it is missing, wrong, tampered with or used twice', async () => {
    const missing = await call('POST', '/api/v1/public/feedback', { payload: submission() });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing)).toEqual(['body.captcha']);

    const garbage = await call('POST', '/api/v1/public/feedback', {
      payload: { ...submission(), captcha: 'bm90LWEtcGF5bG9hZA==' },
    });
    expect(garbage.statusCode).toBe(400);
    expect(fieldsOf(garbage)).toEqual(['body.captcha']);

    const solved = JSON.parse(Buffer.from(await captcha(), 'base64').toString());
    const key: string = solved.solution.derivedKey;
    solved.solution.derivedKey = `${key.startsWith('0') ? '1' : '0'}${key.slice(1)}`;
    const wrong = await call('POST', '/api/v1/public/feedback', {
      payload: { ...submission(), captcha: Buffer.from(JSON.stringify(solved)).toString('base64') },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].message).toBe('Xác nhận không đúng, hãy thử lại');

    const once = await captcha();
    const first = await call('POST', '/api/v1/public/feedback', {
      payload: { ...submission(), captcha: once },
    });
    expect(first.statusCode).toBe(201);
    const replay = await call('POST', '/api/v1/public/feedback', {
      payload: { ...submission(), captcha: once },
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().errors[0].message).toBe('Mã xác nhận đã được dùng, hãy xác nhận lại');
  });

  it('checks attachments by content and needs a solved captcha to upload', async () => {
    const solved = await captcha();
    const exe = await upload(solved, 'bao-cao.pdf', SAMPLE_FILES.exe);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().errors[0].field).toBe('file');
    const noCaptcha = await upload('', 'anh.jpg', SAMPLE_FILES.jpeg, 'image/jpeg');
    expect(noCaptcha.statusCode).toBe(400);
    const big = await upload(
      solved,
      'lon.pdf',
      Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
  });

  it('keeps the rejected submission out of the database', async () => {
    const before = await ctx.database.db.$count(feedback);
    await call('POST', '/api/v1/public/feedback', {
      payload: { ...submission({ title: '' }), captcha: await captcha() },
    });
    expect(await ctx.database.db.$count(feedback)).toBe(before);
  });
});

describe('the journey of a feedback', () => {
  let code: string;
  let key: string;
  let id: string;

  it('is received with attachments, a code and a private key, and the sender is told', async () => {
    const solved = await captcha();
    const files = await Promise.all([
      upload(solved, 'ho-so.pdf', SAMPLE_FILES.pdf),
      upload(solved, 'anh-chup.jpg', SAMPLE_FILES.jpeg, 'image/jpeg'),
    ]);
    for (const f of files) expect(f.statusCode, f.body).toBe(201);
    const receipt = await call('POST', '/api/v1/public/feedback', {
      payload: { ...submission({ attachments: files.map((f) => f.json().token) }), captcha: solved },
    });
    expect(receipt.statusCode, receipt.body).toBe(201);
    ({ code, accessKey: key } = receipt.json());
    id = await idOf(code);
    const tracked = (await call('GET', `/api/v1/public/feedback/${code.toLowerCase()}`)).json();
    expect(tracked).toMatchObject({
      code,
      status: 'new',
      unitName: 'UBND tỉnh Quảng Trị',
      content: null,
      answer: null,
    });
    const mail = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `feedback:${id}:submitted`));
    expect(mail[0]?.recipient).toBe('an.nguyen@example.vn');
    expect((mail[0]?.payload as { text: string }).text).toContain(`#k=${key}`);
  });

  it('waits in the province’s intake queue with its deadlines', async () => {
    const queue = (await call('GET', '/api/v1/feedback?box=intake', { token: token['qti.pakn'] })).json();
    const item = queue.items.find((i: { code: string }) => i.code === code);
    expect(item.status).toBe('new');
    expect(item.nextDeadline.kind).toBe('refuse');
    const detail = (await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.pakn'] })).json();
    expect(detail.files.map((f: { name: string }) => f.name).sort()).toEqual(['anh-chup.jpg', 'ho-so.pdf']);
    expect(detail.deadlines.map((d: { kind: string }) => d.kind)).toEqual(['refuse', 'info', 'handle']);
    expect(detail.actions).toEqual(['forward', 'transfer', 'return', 'refuse', 'request_info']);
  });

  it('is not visible to a department before it is forwarded there', async () => {
    const res = await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.soxaydung.pakn'] });
    expect(res.statusCode).toBe(404);
  });

  it('is forwarded to a department, with another as coordinator', async () => {
    const targets = (
      await call('GET', `/api/v1/feedback/${id}/targets`, { token: token['qti.pakn'] })
    ).json();
    expect(targets.forward.map((u: { id: string }) => u.id)).toEqual(
      expect.arrayContaining([unit.qti, unit.soxaydung]),
    );
    expect(targets.transfer.map((u: { id: string }) => u.id)).toContain(unit.btp);
    const outside = await act('qti.pakn', id, { action: 'forward', leadUnitId: unit.btp });
    expect(outside.statusCode).toBe(400);
    expect(fieldsOf(outside)).toEqual(['body.leadUnitId']);
    const res = await act('qti.pakn', id, {
      action: 'forward',
      leadUnitId: unit.soxaydung,
      coordinatingUnitIds: [unit.sotuphap],
      comment: 'Đề nghị Sở Xây dựng chủ trì trả lời',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'processing', handlingUnit: { id: unit.soxaydung } });
    expect(res.json().actions).toEqual([]);
    const tracked = (await call('GET', `/api/v1/public/feedback/${code}`)).json();
    expect(tracked.unitName).toBe('Sở Xây dựng');
  });

  it('lets the coordinator give an opinion only', async () => {
    const detail = (
      await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.sotuphap.pakn'] })
    ).json();
    expect(detail.actions).toEqual(['opinion']);
    const answer = await act('qti.sotuphap.pakn', id, { action: 'submit_answer', answer: 'x'.repeat(30) });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().allowedActions).toEqual(['opinion']);
    const opinion = await act('qti.sotuphap.pakn', id, {
      action: 'opinion',
      comment: 'Thống nhất với Sở Xây dựng',
    });
    expect(opinion.statusCode).toBe(200);
  });

  it('asks the sender for more information, which they add under the same code', async () => {
    const handling = await call('GET', '/api/v1/feedback?box=handling', {
      token: token['qti.soxaydung.pakn'],
    });
    const mine = handling.json().items.find((i: { code: string }) => i.code === code);
    // Asking for information is optional: the countdown shows the answer's deadline.
    expect(mine.nextDeadline.kind).toBe('handle');
    const ask = await act('qti.soxaydung.pakn', id, {
      action: 'request_info',
      comment: 'Đề nghị cho biết tên bộ phận và ngày nộp hồ sơ',
    });
    expect(ask.statusCode).toBe(200);
    expect(ask.json().status).toBe('awaiting_info');
    const tracked = (await call('GET', `/api/v1/public/feedback/${code}`)).json();
    expect(tracked.infoRequest).toBe('Đề nghị cho biết tên bộ phận và ngày nộp hồ sơ');

    const wrongKey = await call('POST', `/api/v1/public/feedback/${code}/supplement`, {
      payload: { accessKey: 'x'.repeat(32), content: 'Bộ phận một cửa, ngày 10/11/2026' },
    });
    expect(wrongKey.statusCode).toBe(403);
    const solved = await captcha();
    const extra = await upload(solved, 'phieu-hen.pdf', SAMPLE_FILES.pdf);
    const added = await call('POST', `/api/v1/public/feedback/${code}/supplement`, {
      payload: {
        accessKey: key,
        content: 'Bộ phận một cửa Sở Xây dựng, ngày 10/11/2026',
        attachments: [extra.json().token],
      },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().status).toBe('processing');
    expect(added.json().code).toBe(code);
    const again = await call('POST', `/api/v1/public/feedback/${code}/supplement`, {
      payload: { accessKey: key, content: 'Thêm lần nữa' },
    });
    expect(again.statusCode).toBe(409);
    const detail = (
      await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.soxaydung.pakn'] })
    ).json();
    expect(detail.content).toContain('Bộ phận một cửa Sở Xây dựng, ngày 10/11/2026');
    expect(detail.files.at(-1)).toMatchObject({ name: 'phieu-hen.pdf', kind: 'supplement' });
  });

  it('is answered with a document, published, and the sender rates the answer', async () => {
    const current = (
      await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.soxaydung.pakn'] })
    ).json();
    const body = multipart('tra-loi.pdf', 'application/pdf', SAMPLE_FILES.pdf);
    const doc = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/feedback/${id}/answer-document?version=${current.version}`,
      payload: body.payload,
      headers: { ...body.headers, ...bearer(token['qti.soxaydung.pakn'] ?? '') },
    });
    expect(doc.statusCode, doc.body).toBe(200);
    expect(doc.json().answerDocument.name).toBe('tra-loi.pdf');
    const answer = await act('qti.soxaydung.pakn', id, {
      action: 'submit_answer',
      answer:
        'Sở Xây dựng tiếp thu; sổ hộ khẩu không thuộc thành phần hồ sơ. Bộ phận tiếp nhận đã được chấn chỉnh.',
    });
    expect(answer.json().status).toBe('answered');
    expect(answer.json().deadlines.find((d: { kind: string }) => d.kind === 'handle').state).toBe('met');
    const notYet = (await call('GET', `/api/v1/public/feedback/${code}`)).json();
    expect(notYet.answer).toBeNull();
    const published = await act('qti.soxaydung.pakn', id, { action: 'publish' });
    expect(published.json().status).toBe('published');

    const tracked = (await call('GET', `/api/v1/public/feedback/${code}`)).json();
    expect(tracked.answer.text).toContain('Sở Xây dựng tiếp thu');
    expect(tracked.answer.document.name).toBe('tra-loi.pdf');
    expect(tracked.content).not.toContain('an.nguyen@example.vn');
    expect(tracked.content).not.toContain('0912345678');
    expect(tracked.timeline.map((t: { event: string }) => t.event)).toEqual([
      'submitted',
      'forward',
      'request_info',
      'supplemented',
      'publish',
    ]);
    const docFile = await call('GET', `/api/v1/public/feedback/${code}/answer-document`);
    expect(docFile.headers['content-disposition']).toContain('attachment');

    const rated = await call('POST', `/api/v1/public/feedback/${code}/rating`, {
      payload: { accessKey: key, rating: 'like' },
    });
    expect(rated.json().rating).toBe('like');
    const twice = await call('POST', `/api/v1/public/feedback/${code}/rating`, {
      payload: { accessKey: key, rating: 'dislike' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('appears in the public list, found without diacritics, with no personal data', async () => {
    const res = await call('GET', '/api/v1/public/feedback?q=giay to da bai bo');
    const item = res.json().items.find((i: { code: string }) => i.code === code);
    expect(item.answer.unitName).toBe('Sở Xây dựng');
    const text = JSON.stringify(res.json());
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('an.nguyen@example.vn');
    expect(text).not.toContain('Đông Hà');
  });

  it('exports to Word and counts in the province’s statistics', async () => {
    const docx = await call('GET', `/api/v1/feedback/${id}/document`, { token: token['qti.pakn'] });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Today only: the demo's answered feedback of October stays out of the window.
    const today = todayInVietnam();
    const query = `from=${today}&to=${today}`;
    const statsRes = await call('GET', `/api/v1/feedback/statistics?${query}`, { token: token['qti.ld'] });
    expect(statsRes.statusCode, statsRes.body).toBe(200);
    const stats = statsRes.json();
    expect(stats.byStatus.find((s: { key: string }) => s.key === 'published').count).toBeGreaterThanOrEqual(
      1,
    );
    const dept = stats.byUnit.find((u: { unitName: string }) => u.unitName === 'Sở Xây dựng');
    expect(dept).toMatchObject({ answered: 1, onTime: 1, late: 0 });
    expect(stats.satisfaction.likes).toBeGreaterThanOrEqual(1);
    const xlsx = await call('GET', `/api/v1/feedback/statistics.xlsx?${query}`, { token: token['qti.ld'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo trạng thái',
      'Theo nhóm',
      'Theo đơn vị',
      'Theo tháng',
    ]);
    expect(book.getWorksheet('Tổng hợp')?.getCell('A1').value).toBe('UBND tỉnh Quảng Trị');

    const commune = await call('GET', `/api/v1/feedback/statistics?${query}`, {
      token: token['qti.donghoi.pakn'],
    });
    expect(commune.json().total).toBe(0);
  });
});

describe('approval, transfer and return', () => {
  it('sends the answer of a unit that requires it to its leader first', async () => {
    const { code } = await submit({ category: 'conduct', title: 'Cán bộ tư pháp hẹn nhiều lần' });
    const id = await idOf(code);
    await act('qti.pakn', id, { action: 'forward', leadUnitId: unit.sotuphap });
    const drafted = await act('qti.sotuphap.pakn', id, {
      action: 'submit_answer',
      answer: 'Sở Tư pháp đã kiểm tra và chấn chỉnh cán bộ liên quan theo quy định.',
    });
    expect(drafted.json()).toMatchObject({ status: 'awaiting_approval', approvalRequired: true });
    const bySelf = await act('qti.sotuphap.pakn', id, { action: 'approve' });
    expect(bySelf.statusCode).toBe(409);
    const rejected = await act('qti.sotuphap.ld', id, {
      action: 'reject_answer',
      comment: 'Bổ sung căn cứ pháp lý',
    });
    expect(rejected.json().status).toBe('processing');
    await act('qti.sotuphap.pakn', id, {
      action: 'submit_answer',
      answer: 'Căn cứ Nghị định 61/2018/NĐ-CP, Sở Tư pháp đã kiểm tra và chấn chỉnh cán bộ liên quan.',
    });
    const approved = await act('qti.sotuphap.ld', id, { action: 'approve' });
    expect(approved.json().status).toBe('answered');
    expect(approved.json().deadlines.map((d: { kind: string }) => d.kind)).toContain('publish');
  });

  it('keeps the code and history through a transfer to a ministry and a return to the central office', async () => {
    const { code } = await submit({ title: 'Quy định về lệ phí chứng thực chưa hợp lý' });
    const id = await idOf(code);
    const noReason = await act('qti.pakn', id, { action: 'transfer', unitId: unit.btp, comment: '' });
    expect(fieldsOf(noReason)).toEqual(['body.comment']);
    const moved = await act('qti.pakn', id, {
      action: 'transfer',
      unitId: unit.btp,
      comment: 'Lệ phí chứng thực do Bộ Tư pháp quy định',
    });
    expect(moved.json()).toMatchObject({ code, status: 'new', receivingUnit: { id: unit.btp } });
    // The province still sees what it passed on, but can no longer act on it.
    const kept = (await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.pakn'] })).json();
    expect(kept.actions).toEqual([]);
    expect(kept.events.map((e: { event: string }) => e.event)).toEqual(['submitted', 'transfer']);
    const ministry = await call('GET', '/api/v1/feedback?box=intake', { token: token['btp.pakn'] });
    expect(ministry.json().items.map((i: { code: string }) => i.code)).toContain(code);

    const returned = await act('btp.pakn', id, { action: 'return', comment: 'Không thuộc phạm vi của Bộ' });
    expect(returned.json().receivingUnit.name).toBe('Văn phòng Chính phủ');
    const central = (await call('GET', `/api/v1/feedback/${id}`, { token: token['vpcp.pakn'] })).json();
    expect(central.actions).not.toContain('return');
    const tracked = (await call('GET', `/api/v1/public/feedback/${code}`)).json();
    expect(tracked.timeline.map((t: { event: string }) => t.event)).toEqual([
      'submitted',
      'transfer',
      'return',
    ]);
    expect(tracked.timeline[1].note).toContain('Bộ Tư pháp');
  });

  it('lets one of two officers acting on the same version win', async () => {
    const { code } = await submit();
    const id = await idOf(code);
    const version = (await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.pakn'] })).json()
      .version;
    const [a, b] = await Promise.all([
      call('POST', `/api/v1/feedback/${id}/actions`, {
        token: token['qti.pakn'],
        payload: { version, action: 'refuse', comment: 'Nội dung là khiếu nại, không phải phản ánh' },
      }),
      call('POST', `/api/v1/feedback/${id}/actions`, {
        token: token['qti.pakn'],
        payload: { version, action: 'forward', leadUnitId: unit.soxaydung },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('denies another branch and lists nothing of the province to a commune', async () => {
    const { code } = await submit();
    const id = await idOf(code);
    expect(
      (await call('GET', `/api/v1/feedback/${id}`, { token: token['qti.donghoi.pakn'] })).statusCode,
    ).toBe(404);
    expect((await call('GET', `/api/v1/feedback/${id}`, { token: token['btp.pakn'] })).statusCode).toBe(404);
    const acted = await call('POST', `/api/v1/feedback/${id}/actions`, {
      token: token['qti.donghoi.pakn'],
      payload: { version: 1, action: 'refuse', comment: 'Không thuộc thẩm quyền' },
    });
    expect(acted.statusCode).toBe(404);
    const queue = (
      await call('GET', '/api/v1/feedback?box=all', { token: token['qti.donghoi.pakn'] })
    ).json();
    expect(queue.items.map((i: { code: string }) => i.code)).not.toContain(code);
    const receiving = await login(ctx.app, 'qti.sotuphap.tn');
    expect((await call('GET', '/api/v1/feedback', { token: receiving })).statusCode).toBe(403);
  });

  it('alerts the holding unit once when a deadline draws near and once when it passes', async () => {
    const { code } = await submit();
    const id = await idOf(code);
    const [row] = await ctx.database.db.select().from(feedback).where(eq(feedback.id, id));
    if (!row) throw new Error('missing');
    const nearly = new Date(row.refuseDueAt.getTime() - 3_600_000);
    const first = await scanFeedbackDeadlines(ctx.database.db, nearly);
    expect(first.created).toBeGreaterThan(0);
    expect((await scanFeedbackDeadlines(ctx.database.db, nearly)).created).toBe(0);
    const later = await scanFeedbackDeadlines(ctx.database.db, new Date(row.refuseDueAt.getTime() + 60_000));
    expect(later.created).toBeGreaterThan(0);
    const notices = (await call('GET', '/api/v1/notifications', { token: token['qti.pakn'] })).json();
    const kinds = notices.items
      .filter((n: { link: string }) => n.link === `/admin/feedback/${id}`)
      .map((n: { kind: string }) => n.kind);
    expect(kinds.sort()).toEqual(['feedback_due_soon', 'feedback_overdue', 'feedback_received']);
  });
});
