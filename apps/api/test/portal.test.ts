import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/db/schema';
import { createDelivery, type Sender } from '../src/modules/notifications/notifications.delivery';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  multipart,
  SAMPLE_FILES,
  type TestContext,
} from './harness';

let ctx: TestContext;
let citizen: string;
let otherCitizen: string;
let communeId: string;
const officers: Record<string, string> = {};

async function citizenLogin(login: string) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/auth/login',
    payload: { login, password: DEMO_PASSWORD },
  });
  return res.json().accessToken as string;
}

beforeAll(async () => {
  ctx = await createTestApp();
  citizen = await citizenLogin('0912345678');
  const registered = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/auth/register',
    payload: {
      fullName: 'Trần Thị Bình',
      identificationNumber: '044190005678',
      phone: '0987654321',
      password: 'Matkhau@123',
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  otherCitizen = (
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/citizen/auth/login',
      payload: { login: '0987654321', password: 'Matkhau@123' },
    })
  ).json().accessToken;
  for (const role of ['tn', 'ldp', 'cv', 'ld']) officers[role] = await login(ctx.app, `qti.donghoi.${role}`);
  const units = await call('GET', '/api/v1/procedures/1.001193/receiving-units?q=dong hoi');
  communeId = units.json().items[0].id;
});
afterAll(() => ctx.close());

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token?: string, payload?: object) {
  return ctx.app.inject({ method, url, headers: token ? bearer(token) : {}, payload });
}

function uploadTo(url: string, token: string, bytes: Buffer, name = 'giay-to.pdf') {
  const body = multipart(name, 'application/pdf', bytes);
  return ctx.app.inject({
    method: 'POST',
    url,
    headers: { ...bearer(token), ...body.headers },
    payload: body.payload,
  });
}

type Draft = {
  id: string;
  version: number;
  data: Record<string, unknown> & { applicant: Record<string, unknown> };
  files: { id: string; componentIndex: number; reused: boolean }[];
};

/** A draft of birth registration at Phường Đồng Hới with a file for every required component. */
async function readyDraft(token = citizen): Promise<Draft> {
  const created = await call('POST', '/api/v1/citizen/drafts', token, { procedureCode: '1.001193' });
  expect(created.statusCode, created.body).toBe(201);
  let draft: Draft = created.json();
  const saved = await call('PUT', `/api/v1/citizen/drafts/${draft.id}`, token, {
    version: draft.version,
    data: {
      ...draft.data,
      receivingUnitId: communeId,
      applicant: { ...draft.data.applicant, address: 'Phường Đồng Hới' },
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  draft = saved.json();
  const procedure = (await call('GET', '/api/v1/procedures/1.001193')).json();
  const components: { required: boolean }[] = procedure.cases[0].components;
  for (const [index, component] of components.entries()) {
    if (!component.required) continue;
    const res = await uploadTo(
      `/api/v1/citizen/drafts/${draft.id}/files?componentIndex=${index}`,
      token,
      SAMPLE_FILES.pdf,
    );
    expect(res.statusCode, res.body).toBe(201);
  }
  return (await call('GET', `/api/v1/citizen/drafts/${draft.id}`, token)).json();
}

type OfficerDossier = { id: string; code: string; version: number; state: string; allowedActions: string[] };

async function act(role: string, dossier: { id: string; version: number }, body: object) {
  const res = await call('POST', `/api/v1/dossiers/${dossier.id}/actions`, officers[role], {
    version: dossier.version,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as OfficerDossier;
}

async function officerView(id: string) {
  return (await call('GET', `/api/v1/dossiers/${id}`, officers.tn)).json() as OfficerDossier;
}

async function userId(username: string) {
  const res = await call('GET', `/api/v1/users?q=${username}`, await login(ctx.app, 'admin'));
  return res.json().items.find((u: { username: string }) => u.username === username).id as string;
}

/** Takes an accepted dossier through processing to a signed result returned to the citizen. */
async function finish(id: string) {
  let d = await officerView(id);
  d = await act('tn', d, { action: 'hand_over' });
  d = await act('ldp', d, { action: 'assign', assigneeId: await userId('qti.donghoi.cv') });
  d = await act('cv', d, { action: 'submit_review' });
  d = await act('ldp', d, { action: 'submit_signature' });
  const uploaded = await uploadTo(
    `/api/v1/dossiers/${id}/files?kind=result`,
    officers.ld ?? '',
    SAMPLE_FILES.pdf,
    'trich-luc.pdf',
  );
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  d = await act('ld', d, { action: 'sign' });
  return act('tn', d, { action: 'return_result' });
}

describe('drafts and online submission', () => {
  it('pre-fills the applicant, keeps what was typed, and refuses a stale save', async () => {
    const created = await call('POST', '/api/v1/citizen/drafts', citizen, { procedureCode: '1.001193' });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.data.applicant).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(draft.data.resultMethod).toBe('online');

    const half = { ...draft.data, applicant: { ...draft.data.applicant, email: 'chua-xong@' } };
    const saved = await call('PUT', `/api/v1/citizen/drafts/${draft.id}`, citizen, {
      version: draft.version,
      data: half,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().data.applicant.email).toBe('chua-xong@');
    const stale = await call('PUT', `/api/v1/citizen/drafts/${draft.id}`, citizen, {
      version: draft.version,
      data: draft.data,
    });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', `/api/v1/citizen/drafts/${draft.id}`, otherCitizen)).statusCode).toBe(404);
    const listed = (await call('GET', '/api/v1/citizen/drafts', citizen)).json().items;
    expect(listed.map((d: { id: string }) => d.id)).toContain(draft.id);

    expect((await call('DELETE', `/api/v1/citizen/drafts/${draft.id}`, citizen)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/citizen/drafts/${draft.id}`, citizen)).statusCode).toBe(404);
  });

  it('refuses a procedure not offered online, a file that is not a document, and reports every gap on submit', async () => {
    const offline = (await call('GET', '/api/v1/procedures?onlineLevel=none&pageSize=1')).json().items[0];
    if (offline) {
      const refused = await call('POST', '/api/v1/citizen/drafts', citizen, { procedureCode: offline.code });
      expect(refused.statusCode).toBe(400);
    }
    const draft = (
      await call('POST', '/api/v1/citizen/drafts', citizen, { procedureCode: '1.001193' })
    ).json();
    const exe = await uploadTo(
      `/api/v1/citizen/drafts/${draft.id}/files?componentIndex=0`,
      citizen,
      SAMPLE_FILES.exe,
      'to-khai.pdf',
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().errors[0].field).toBe('file');

    const submitted = await call('POST', `/api/v1/citizen/drafts/${draft.id}/submit`, citizen, {
      version: draft.version,
    });
    expect(submitted.statusCode).toBe(400);
    const fields = submitted.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('receivingUnitId');
    expect(fields).toContain('applicant.address');
    expect(fields.some((f: string) => f.startsWith('files.'))).toBe(true);
    // Nothing was filed and the draft is still there to fix.
    expect((await call('GET', `/api/v1/citizen/drafts/${draft.id}`, citizen)).statusCode).toBe(200);
  });

  it('files the dossier with its files once, into the online intake queue; a repeat answers with the same dossier', async () => {
    const draft = await readyDraft();
    const [first, second] = await Promise.all([
      call('POST', `/api/v1/citizen/drafts/${draft.id}/submit`, citizen, { version: draft.version }),
      call('POST', `/api/v1/citizen/drafts/${draft.id}/submit`, citizen, { version: draft.version }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    expect(first.json().code).toBe(second.json().code);
    const dossier = first.json();
    expect(dossier).toMatchObject({
      state: 'waiting_online_intake',
      actions: expect.arrayContaining(['withdraw']),
    });
    expect(dossier.files.length).toBe(draft.files.length);

    const queue = (await call('GET', '/api/v1/dossiers?queue=waiting_online_intake', officers.tn)).json();
    expect(queue.items.map((i: { code: string }) => i.code)).toContain(dossier.code);
    expect(
      (await call('GET', '/api/v1/citizen/drafts', citizen)).json().items.map((d: { id: string }) => d.id),
    ).not.toContain(draft.id);

    const [message] = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `dossier:${dossier.id}:received`));
    expect(message).toMatchObject({ template: 'dossier_submitted', channel: 'email' });
  });
});

describe('after submission', () => {
  it('answers a completion request on the same dossier and code, and the clock resumes', async () => {
    const draft = await readyDraft();
    const dossier = (
      await call('POST', `/api/v1/citizen/drafts/${draft.id}/submit`, citizen, { version: draft.version })
    ).json();
    const accepted = await act('tn', await officerView(dossier.id), { action: 'accept' });
    await act('tn', accepted, {
      action: 'request_supplement',
      items: ['Bản sao giấy chứng nhận kết hôn của cha mẹ'],
      comment: 'Thiếu giấy chứng nhận kết hôn',
    });
    let mine = (await call('GET', `/api/v1/citizen/dossiers/${dossier.id}`, citizen)).json();
    expect(mine).toMatchObject({
      supplementReason: 'Thiếu giấy chứng nhận kết hôn',
      state: 'waiting_supplement',
      dueAt: null,
      actions: ['supplement', 'stop_request'],
    });

    const early = await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/supplement`, citizen, {
      version: mine.version,
    });
    expect(early.statusCode).toBe(400);
    const file = await uploadTo(
      `/api/v1/citizen/dossiers/${dossier.id}/files`,
      citizen,
      SAMPLE_FILES.jpeg,
      'ket-hon.jpg',
    );
    expect(file.statusCode, file.body).toBe(201);
    expect(file.json().kind).toBe('supplement');
    expect(
      (await uploadTo(`/api/v1/citizen/dossiers/${dossier.id}/files`, otherCitizen, SAMPLE_FILES.pdf))
        .statusCode,
    ).toBe(404);

    const sent = await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/supplement`, citizen, {
      version: mine.version,
      comment: 'Đã bổ sung',
    });
    expect(sent.statusCode, sent.body).toBe(200);
    mine = sent.json();
    expect(mine.code).toBe(dossier.code);
    expect(mine.state).toBe('received');
    expect(mine.dueAt).not.toBeNull();
    expect(mine.timeline.at(-1).label).toBe('Nộp hồ sơ bổ sung trực tuyến');
    const again = await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/supplement`, citizen, {
      version: mine.version,
    });
    expect(again.statusCode).toBe(409);

    const notices = (await call('GET', '/api/v1/notifications', officers.tn)).json().items;
    expect(notices.map((n: { title: string }) => n.title)).toContain(`Hồ sơ ${dossier.code} đã được bổ sung`);

    // The citizen keeps the receipt with the appointment and the supplement request; the control slip stays inside.
    expect(mine.slips).toEqual(['01', '02']);
    for (const form of ['01', '02']) {
      const slip = await call('GET', `/api/v1/citizen/dossiers/${dossier.id}/slips/${form}`, citizen);
      expect(slip.statusCode, form).toBe(200);
      expect(slip.headers['content-type']).toBe('application/pdf');
    }
    expect((await call('GET', `/api/v1/citizen/dossiers/${dossier.id}/slips/03`, citizen)).statusCode).toBe(
      409,
    );
    expect((await call('GET', `/api/v1/citizen/dossiers/${dossier.id}/slips/06`, citizen)).statusCode).toBe(
      404,
    );
    expect(
      (await call('GET', `/api/v1/citizen/dossiers/${dossier.id}/slips/01`, otherCitizen)).statusCode,
    ).toBe(404);
    const requested = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.template, 'dossier_supplement_requested'));
    expect(
      requested.some((m) => String((m.payload as { text: string }).text).includes('giấy chứng nhận kết hôn')),
    ).toBe(true);
  });

  it('withdraws a dossier nobody accepted, and passes a stop request on to the agency', async () => {
    const first = await readyDraft();
    const pending = (
      await call('POST', `/api/v1/citizen/drafts/${first.id}/submit`, citizen, { version: first.version })
    ).json();
    const withdrawn = await call('POST', `/api/v1/citizen/dossiers/${pending.id}/stop-request`, citizen, {
      version: pending.version,
      reason: 'Nộp nhầm thủ tục',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn', actions: [] });

    const second = await readyDraft();
    const accepted = (
      await call('POST', `/api/v1/citizen/drafts/${second.id}/submit`, citizen, { version: second.version })
    ).json();
    await act('tn', await officerView(accepted.id), { action: 'accept' });
    const view = (await call('GET', `/api/v1/citizen/dossiers/${accepted.id}`, citizen)).json();
    const asked = await call('POST', `/api/v1/citizen/dossiers/${accepted.id}/stop-request`, citizen, {
      version: view.version,
      reason: 'Gia đình đã đăng ký ở nơi khác',
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().state).toBe('received');
    expect(asked.json().stopRequestedAt).not.toBeNull();
    expect(asked.json().actions).not.toContain('stop_request');
    const officer = await officerView(accepted.id);
    expect(officer.allowedActions).toContain('stop');
    const notices = (await call('GET', '/api/v1/notifications', officers.tn)).json().items;
    expect(notices.map((n: { title: string }) => n.title)).toContain(
      `Đề nghị dừng xử lý hồ sơ ${accepted.code}`,
    );
  });

  it('hands over the signed result once returned, keeps it in My documents for reuse, and takes one rating', async () => {
    const draft = await readyDraft();
    const dossier = (
      await call('POST', `/api/v1/citizen/drafts/${draft.id}/submit`, citizen, { version: draft.version })
    ).json();
    await act('tn', await officerView(dossier.id), { action: 'accept' });
    await finish(dossier.id);
    const mine = (await call('GET', `/api/v1/citizen/dossiers/${dossier.id}`, citizen)).json();
    expect(mine.state).toBe('returned');
    expect(mine.actions).toEqual(['rate']);
    const result = mine.files.find((f: { kind: string }) => f.kind === 'result');
    expect(result).toMatchObject({ signed: true });
    const download = await call('GET', `/api/v1/citizen/dossiers/${dossier.id}/files/${result.id}`, citizen);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    const verified = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/public/verify',
      ...(() => {
        const body = multipart('trich-luc.pdf', 'application/pdf', download.rawPayload);
        return { headers: body.headers, payload: body.payload };
      })(),
    });
    expect(verified.json()).toMatchObject({ signed: true, valid: true, dossierCode: dossier.code });
    expect(
      (await call('GET', `/api/v1/citizen/dossiers/${dossier.id}/files/${result.id}`, otherCitizen))
        .statusCode,
    ).toBe(404);

    const documents = (await call('GET', '/api/v1/citizen/documents', citizen)).json().items;
    const kept = documents.find((d: { id: string }) => d.id === result.id);
    expect(kept).toMatchObject({ kind: 'result', signed: true, dossierCode: dossier.code });
    expect((await call('GET', '/api/v1/citizen/documents', otherCitizen)).json().items).toEqual([]);

    const next = (
      await call('POST', '/api/v1/citizen/drafts', citizen, { procedureCode: '1.001193' })
    ).json();
    const reused = await call('POST', `/api/v1/citizen/drafts/${next.id}/documents`, citizen, {
      componentIndex: 0,
      documentId: result.id,
    });
    expect(reused.statusCode, reused.body).toBe(201);
    expect(reused.json()).toMatchObject({ reused: true, componentIndex: 0 });
    const foreign = await call('POST', `/api/v1/citizen/drafts/${next.id}/documents`, otherCitizen, {
      componentIndex: 0,
      documentId: result.id,
    });
    expect(foreign.statusCode).toBe(404);

    const unhappy = await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/rating`, citizen, {
      satisfied: false,
    });
    expect(unhappy.statusCode).toBe(400);
    const rated = await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/rating`, citizen, {
      satisfied: false,
      reasons: ['late', 'extra_papers'],
      comment: 'Phải đi lại hai lần',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({
      actions: [],
      rating: { satisfied: false, reasons: ['late', 'extra_papers'] },
    });
    expect(
      (await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/rating`, citizen, { satisfied: true }))
        .statusCode,
    ).toBe(409);
  });

  it('refuses a rating before the result', async () => {
    const draft = await readyDraft();
    const dossier = (
      await call('POST', `/api/v1/citizen/drafts/${draft.id}/submit`, citizen, { version: draft.version })
    ).json();
    expect(
      (await call('POST', `/api/v1/citizen/dossiers/${dossier.id}/rating`, citizen, { satisfied: true }))
        .statusCode,
    ).toBe(409);
  });
});

describe('guidance and questions', () => {
  it('suggests birth registration for a situation told in everyday words', async () => {
    const res = await call(
      'GET',
      `/api/v1/procedures/finder?situation=${encodeURIComponent('vợ tôi vừa sinh em bé')}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: '1.001193' });
    expect(res.json().items[0].cases[0].components.length).toBeGreaterThan(0);
    expect((await call('GET', '/api/v1/procedures/finder?situation=a')).statusCode).toBe(400);
    const wedding = (
      await call('GET', `/api/v1/procedures/finder?situation=${encodeURIComponent('tôi sắp cưới vợ')}`)
    ).json();
    expect(wedding.items[0].name).toMatch(/kết hôn/i);
    const moving = (
      await call(
        'GET',
        `/api/v1/procedures/finder?situation=${encodeURIComponent('tôi chuyển đến nơi ở mới')}`,
      )
    ).json();
    expect(moving.items[0].name).toBe('Đăng ký thường trú');
    const nonsense = await call(
      'GET',
      `/api/v1/procedures/finder?situation=${encodeURIComponent('tôi muốn bay lên mặt trăng')}`,
    );
    expect(nonsense.json().items).toEqual([]);
  });

  it('lists the communes that receive a commune procedure, with the units above them', async () => {
    const res = (await call('GET', '/api/v1/procedures/1.001193/receiving-units?q=Đồng Hới')).json();
    expect(res.items).toEqual([{ id: communeId, name: 'Phường Đồng Hới', parents: ['UBND tỉnh Quảng Trị'] }]);
    expect((await call('GET', '/api/v1/procedures/9.999999/receiving-units')).statusCode).toBe(404);
  });

  it('routes a question to the agency, publishes the answer without the asker, and keeps other units out', async () => {
    const asked = await call('POST', '/api/v1/citizen/questions', citizen, {
      unitId: communeId,
      procedureCode: '1.001193',
      title: 'Đăng ký khai sinh cho con sinh ở nước ngoài',
      content: 'Con tôi sinh ở Nhật Bản, về nước thì đăng ký khai sinh ở đâu và cần giấy tờ gì?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const question = asked.json();
    expect(question).toMatchObject({ status: 'pending', procedureName: 'Thủ tục đăng ký khai sinh' });

    const outsider = await login(ctx.app, 'qti.dongha.tn');
    expect((await call('GET', '/api/v1/questions', outsider)).json().items).toEqual([]);
    const foreign = await call('POST', `/api/v1/questions/${question.id}/answer`, outsider, {
      version: question.version,
      answer: 'Câu trả lời từ đơn vị khác không được phép.',
    });
    expect(foreign.statusCode).toBe(404);
    expect((await call('GET', '/api/v1/questions', officers.cv)).statusCode).toBe(403);

    const queue = (await call('GET', '/api/v1/questions?status=pending', officers.tn)).json();
    expect(queue.items[0]).toMatchObject({ id: question.id, askerName: 'Nguyễn Văn An' });
    const answered = await call('POST', `/api/v1/questions/${question.id}/answer`, officers.tn, {
      version: question.version,
      answer:
        'Anh/chị đăng ký khai sinh tại UBND cấp xã nơi cư trú, mang theo giấy chứng sinh do nước ngoài cấp đã hợp pháp hóa lãnh sự.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(
      (
        await call('POST', `/api/v1/questions/${question.id}/answer`, officers.tn, {
          version: answered.json().version,
          answer: 'Trả lời lần hai không được.',
        })
      ).statusCode,
    ).toBe(409);

    const published = (
      await call('GET', `/api/v1/public/questions?q=${encodeURIComponent('nhat ban')}`)
    ).json();
    expect(published.items.map((q: { id: string }) => q.id)).toEqual([question.id]);
    expect(JSON.stringify(published)).not.toContain('Nguyễn Văn An');
    expect((await call('GET', '/api/v1/citizen/questions', citizen)).json().items[0]).toMatchObject({
      status: 'answered',
    });
  });
});

describe('template forms', () => {
  it('stores an uploaded template and serves it to anyone as a download', async () => {
    const admin = await login(ctx.app, 'admin');
    const uploaded = await uploadTo(
      '/api/v1/admin/procedure-templates',
      admin,
      SAMPLE_FILES.pdf,
      'to-khai-khai-sinh.pdf',
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const download = await call('GET', `/api/v1/procedures/templates/${uploaded.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('to-khai-khai-sinh.pdf');
    expect(
      (await uploadTo('/api/v1/admin/procedure-templates', officers.tn ?? '', SAMPLE_FILES.pdf)).statusCode,
    ).toBe(403);
    expect((await uploadTo('/api/v1/admin/procedure-templates', admin, SAMPLE_FILES.exe)).statusCode).toBe(
      415,
    );
  });
});

describe('delivering the outbox', () => {
  it('puts messages without a provider in the local mailbox, retries a failing provider, then marks it failed', async () => {
    await ctx.database.db.delete(outbox);
    await ctx.database.db.insert(outbox).values([
      {
        channel: 'email',
        recipient: 'a@example.vn',
        template: 't',
        payload: { subject: 'Thư', text: 'Nội dung' },
      },
      {
        channel: 'sms',
        recipient: '0912345678',
        template: 't',
        payload: { subject: 'SMS', text: 'Tin nhắn' },
      },
    ]);
    const mailbox = createDelivery(ctx.database.db, {});
    expect(await mailbox.deliverDue()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(await mailbox.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    const sent: string[] = [];
    let fail = true;
    const flaky: Sender = {
      transport: 'sms_provider',
      async send(message) {
        if (fail) throw new Error('nhà mạng không phản hồi');
        sent.push(message.recipient);
      },
    };
    await ctx.database.db.insert(outbox).values({
      channel: 'sms',
      recipient: '0987654321',
      template: 't',
      payload: { subject: '', text: 'Mã hồ sơ' },
    });
    const delivery = createDelivery(ctx.database.db, { sms: flaky });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    // Not due again until the back-off has passed.
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    for (let attempt = 2; attempt <= 6; attempt++) {
      await ctx.database.db
        .update(outbox)
        .set({ nextAttemptAt: new Date(0) })
        .where(eq(outbox.recipient, '0987654321'));
      await delivery.deliverDue();
    }
    const [failed] = await ctx.database.db.select().from(outbox).where(eq(outbox.recipient, '0987654321'));
    expect(failed).toMatchObject({ status: 'failed', attempts: 6, lastError: 'nhà mạng không phản hồi' });

    const admin = await login(ctx.app, 'admin');
    const log = (await call('GET', '/api/v1/admin/outbox?status=failed', admin)).json();
    expect(log.items.map((m: { id: string }) => m.id)).toEqual([failed?.id]);
    const box = (await call('GET', '/api/v1/admin/outbox?transport=mailbox', admin)).json();
    expect(box.items.map((m: { subject: string }) => m.subject).sort()).toEqual(['SMS', 'Thư']);
    expect((await call('GET', '/api/v1/admin/outbox', officers.tn)).statusCode).toBe(403);

    const retried = await call('POST', `/api/v1/admin/outbox/${failed?.id}/retry`, admin);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    fail = false;
    expect(await delivery.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sent).toEqual(['0987654321']);
    expect((await call('POST', `/api/v1/admin/outbox/${failed?.id}/retry`, admin)).statusCode).toBe(409);
  });
});
