import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, type TestContext } from './harness';

let ctx: TestContext;
let admin: string;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await login(ctx.app, 'admin');
});
afterAll(() => ctx.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function get(url: string, token?: string) {
  return ctx.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
}
function send(method: 'POST' | 'PUT', url: string, payload: object, token = admin) {
  return ctx.app.inject({ method, url, headers: bearer(token), payload });
}

function draft(code: string, overrides: object = {}) {
  return {
    code,
    name: 'Thủ tục cấp giấy phép thử nghiệm',
    field: 'Thử nghiệm',
    levels: ['province'],
    methods: [{ channel: 'direct', timeLimit: { amount: 5, unit: 'working_days' }, feeVnd: 50000 }],
    cases: [{ name: 'Trường hợp chung', components: [{ name: 'Đơn đề nghị', originals: 1, copies: 0 }] }],
    agencies: { executing: 'Sở Tư pháp' },
    results: [{ name: 'Giấy phép' }],
    legalBases: [],
    onlineLevel: 'none',
    ...overrides,
  };
}

describe('the public catalogue', () => {
  it('finds birth registration typed with or without diacritics, or partly', async () => {
    for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'khai sinh', 'KHAI SINH', '1.001193']) {
      const res = await get(`/api/v1/procedures?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(
        res.json().items.map((p: { code: string }) => p.code),
        q,
      ).toContain('1.001193');
    }
  });

  it('holds at least 30 real procedures across commune and provincial level', async () => {
    const all = await get('/api/v1/procedures?pageSize=200');
    expect(all.json().total).toBeGreaterThanOrEqual(30);
    const commune = await get('/api/v1/procedures?level=commune&pageSize=200');
    const province = await get('/api/v1/procedures?level=province&pageSize=200');
    expect(commune.json().total).toBeGreaterThan(10);
    expect(province.json().total).toBeGreaterThan(5);
  });

  it('filters by field and agency and lists the fields', async () => {
    const fields = await get('/api/v1/procedures/fields');
    const civil = fields.json().items.find((f: { field: string }) => f.field === 'Hộ tịch');
    expect(civil.count).toBeGreaterThan(3);
    const byField = await get(`/api/v1/procedures?field=${encodeURIComponent('Hộ tịch')}&pageSize=100`);
    expect(byField.json().total).toBe(civil.count);
    const byAgency = await get(`/api/v1/procedures?agency=${encodeURIComponent('so y te')}&pageSize=100`);
    expect(byAgency.json().items.length).toBeGreaterThan(0);
    expect(
      byAgency
        .json()
        .items.every((p: { agencies: { executing: string } }) => p.agencies.executing === 'Sở Y tế'),
    ).toBe(true);
  });

  it('returns one procedure with methods, components and the time limit', async () => {
    const res = await get('/api/v1/procedures/1.004222');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.name).toBe('Đăng ký thường trú');
    expect(body.methods).toContainEqual(expect.objectContaining({ channel: 'online', feeVnd: 10000 }));
    expect(body.methods[0].timeLimit).toEqual({ amount: 7, unit: 'working_days' });
    expect(body.cases.length).toBeGreaterThan(1);
    expect((await get('/api/v1/procedures/9.999999')).statusCode).toBe(404);
    expect((await get('/api/v1/procedures/abc')).statusCode).toBe(400);
  });
});

describe('administering the catalogue', () => {
  it('creates a draft invisible to the public, then publishes it', async () => {
    const created = await send('POST', '/api/v1/admin/procedures', draft('9.000001'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', versionNo: 1 });
    expect((await get('/api/v1/procedures/9.000001')).statusCode).toBe(404);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const published = await send('POST', `/api/v1/admin/procedure-versions/${created.json().id}/publish`, {
      effectiveFrom: today,
      version: created.json().version,
    });
    expect(published.statusCode).toBe(200);
    expect((await get('/api/v1/procedures/9.000001')).json().status).toBe('published');
  });

  it('keeps the version in force until a new one is published, and versions them', async () => {
    const amend = await send('POST', '/api/v1/admin/procedures/1.001193/drafts', {});
    expect(amend.statusCode).toBe(201);
    const draftVersion = amend.json();
    const changed = { ...draftVersion, name: 'Thủ tục đăng ký khai sinh (sửa đổi)' };
    const content = Object.fromEntries(
      Object.entries(changed).filter(
        ([k]) =>
          !['id', 'status', 'versionNo', 'effectiveFrom', 'effectiveTo', 'version', 'updatedAt'].includes(k),
      ),
    );
    const put = await send('PUT', `/api/v1/admin/procedure-versions/${draftVersion.id}`, {
      content,
      version: draftVersion.version,
    });
    expect(put.statusCode).toBe(200);
    expect((await get('/api/v1/procedures/1.001193')).json().name).toBe('Thủ tục đăng ký khai sinh');

    const stale = await send('PUT', `/api/v1/admin/procedure-versions/${draftVersion.id}`, {
      content,
      version: draftVersion.version,
    });
    expect(stale.statusCode).toBe(409);

    const past = await send('POST', `/api/v1/admin/procedure-versions/${draftVersion.id}/publish`, {
      effectiveFrom: '2020-01-01',
      version: put.json().version,
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe('body.effectiveFrom');

    const versions = await get('/api/v1/admin/procedures/1.001193/versions', admin);
    expect(
      versions.json().items.map((v: { versionNo: number; status: string }) => [v.versionNo, v.status]),
    ).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
  });

  it('refuses a second draft and an invalid procedure, field by field', async () => {
    const second = await send('POST', '/api/v1/admin/procedures', draft('1.001193'));
    expect(second.statusCode).toBe(409);
    const bad = await send(
      'POST',
      '/api/v1/admin/procedures',
      draft('12345', { methods: [], onlineLevel: 'full' }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.code', 'body.methods']));
  });

  it('retires a procedure: it leaves the public catalogue after its last day', async () => {
    await send('POST', '/api/v1/admin/procedures', draft('9.000002'));
    const versions = await get('/api/v1/admin/procedures/9.000002/versions', admin);
    const v = versions.json().items[0];
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    await send('POST', `/api/v1/admin/procedure-versions/${v.id}/publish`, {
      effectiveFrom: today,
      version: v.version,
    });
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const early = await send('POST', '/api/v1/admin/procedures/9.000002/retire', { effectiveTo: yesterday });
    expect(early.statusCode).toBe(400);
    const retire = await send('POST', '/api/v1/admin/procedures/9.000002/retire', { effectiveTo: today });
    expect(retire.statusCode).toBe(200);
    expect(retire.json().items[0]).toMatchObject({ status: 'retired', effectiveTo: today });
  });

  it('is refused to officers who do not administer the catalogue', async () => {
    const officer = await login(ctx.app, 'qti.sotuphap.tn');
    expect((await get('/api/v1/admin/procedures', officer)).statusCode).toBe(403);
    expect((await send('POST', '/api/v1/admin/procedures', draft('9.000003'), officer)).statusCode).toBe(403);
  });
});

describe('import and export', () => {
  it('round-trips the catalogue through Excel', async () => {
    const exported = await get('/api/v1/admin/procedures/export?format=xlsx', admin);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain(XLSX);
    expect(exported.headers['content-disposition']).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Thủ tục');
    expect(sheet?.rowCount).toBeGreaterThan(30);

    // Rename one procedure in the sheet and import it back as drafts.
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === '1.000894') row.getCell(2).value = 'Thủ tục đăng ký kết hôn (nhập lại)';
    });
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/procedures/import',
      headers: { ...bearer(admin), 'content-type': XLSX },
      payload: buffer,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().updated + imported.json().created).toBeGreaterThan(30);
    const drafts = await get(
      `/api/v1/admin/procedures?status=draft&q=${encodeURIComponent('nhap lai')}`,
      admin,
    );
    expect(drafts.json().items.map((p: { code: string }) => p.code)).toEqual(['1.000894']);
  });

  it('reports every bad row by sheet and row number and imports nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const procedures = workbook.addWorksheet('Thủ tục');
    procedures.addRow([
      'Mã thủ tục',
      'Tên thủ tục',
      'Lĩnh vực',
      'Cấp thực hiện',
      'Cơ quan thực hiện',
      'Mức độ trực tuyến',
      'Nhận sau giờ (tính ngày hôm sau)',
      'Loại thủ tục',
      'Quyết định công bố',
      'Đối tượng thực hiện',
      'Trình tự thực hiện',
      'Yêu cầu, điều kiện',
      'Kết quả (mỗi dòng: tên | mã)',
      'Căn cứ pháp lý (mỗi dòng: số hiệu | trích yếu | ngày | cơ quan)',
      'Thủ tục liên quan',
    ]);
    procedures.addRow([
      '9.100001',
      'Thủ tục hợp lệ',
      'Thử nghiệm',
      'Cấp tỉnh',
      'Sở Tư pháp',
      'Không trực tuyến',
    ]);
    procedures.addRow([
      '9.100002',
      'Thủ tục thiếu cách thức',
      'Thử nghiệm',
      'Cấp sao Hỏa',
      'Sở Tư pháp',
      'Không trực tuyến',
    ]);
    const methods = workbook.addWorksheet('Cách thức');
    methods.addRow([
      'Mã thủ tục',
      'Kênh',
      'Thời hạn',
      'Đơn vị thời hạn',
      'Phí, lệ phí (đồng)',
      'Mô tả phí, lệ phí',
      'Ghi chú',
    ]);
    methods.addRow(['9.100001', 'Trực tiếp', 5, 'ngày làm việc', 0]);
    methods.addRow(['9.100003', 'Bồ câu', 5, 'tuần']);
    const components = workbook.addWorksheet('Thành phần hồ sơ');
    components.addRow([
      'Mã thủ tục',
      'Trường hợp',
      'Nhóm giấy tờ',
      'Tên giấy tờ',
      'Bản chính',
      'Bản sao',
      'Bắt buộc',
    ]);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/procedures/import',
      headers: { ...bearer(admin), 'content-type': XLSX },
      payload: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(400);
    const rows = res.json().rowErrors.map((e: { sheet: string; row: number }) => `${e.sheet}:${e.row}`);
    expect(rows).toEqual(expect.arrayContaining(['Cách thức:3', 'Thủ tục:3']));
    expect((await get('/api/v1/admin/procedures?q=9.100001', admin)).json().total).toBe(0);
  });

  it('imports JSON and publishes on request; a bad item names its index', async () => {
    const bad = await send('POST', '/api/v1/admin/procedures/import', {
      procedures: [draft('9.200001'), { code: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().rowErrors.every((e: { row: number }) => e.row === 2)).toBe(true);
    const ok = await send('POST', '/api/v1/admin/procedures/import?publish=true', {
      procedures: [draft('9.200001'), draft('9.200002', { name: 'Thủ tục thứ hai' })],
    });
    expect(ok.json()).toEqual({ created: 2, updated: 0, published: 2 });
    expect((await get('/api/v1/procedures/9.200002')).json().name).toBe('Thủ tục thứ hai');
  });

  it('rejects a file that is not a workbook', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/admin/procedures/import',
      headers: { ...bearer(admin), 'content-type': XLSX },
      payload: Buffer.from('not a zip file'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().rowErrors[0].field).toBe('file');
  });
});
