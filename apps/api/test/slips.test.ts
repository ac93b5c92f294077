import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, pdfText, type TestContext } from './harness';

let ctx: TestContext;
let tn: string;
beforeAll(async () => {
  ctx = await createTestApp({ PUBLIC_URL: 'https://dichvucong.quangtri.gov.vn' });
  tn = await login(ctx.app, 'qti.donghoi.tn');
});
afterAll(() => ctx.close());

async function receive() {
  const procedure = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/1.001193' })).json();
  const components = procedure.cases[0].components.map((_: unknown, index: number) => ({
    index,
    provided: true,
  }));
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/dossiers',
    headers: bearer(tn),
    payload: {
      procedureCode: '1.001193',
      applicant: {
        fullName: 'Đặng Thị Thuỳ Dương',
        identificationNumber: '044195007777',
        address: 'Số 12 Lý Thường Kiệt, phường Đồng Hới',
        phone: '0912000777',
      },
      components,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function slip(id: string, form: string) {
  return ctx.app.inject({ method: 'GET', url: `/api/v1/dossiers/${id}/slips/${form}`, headers: bearer(tn) });
}

describe('printed slips', () => {
  it('prints the receipt (Mẫu 01) with Vietnamese diacritics, the code, the appointment and the tracking link', async () => {
    const dossier = await receive();
    const res = await slip(dossier.id, '01');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Đặng Thị Thuỳ Dương');
    expect(text).toContain(dossier.code);
    expect(text).toContain('Thủ tục đăng ký khai sinh');
    // A long link wraps on the slip; read it back without the line breaks.
    expect(text.replace(/\s+/g, '')).toContain(`https://dichvucong.quangtri.gov.vn/tra-cuu/${dossier.code}`);
    const due = dossier.dueAt.slice(0, 10).split('-').reverse().join('/');
    expect(text).toContain(due);
  });

  it('prints the refusal (Mẫu 03) only for a refused dossier, with its reason', async () => {
    const dossier = await receive();
    expect((await slip(dossier.id, '03')).statusCode).toBe(409);
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/actions`,
      headers: bearer(tn),
      payload: { action: 'refuse', version: dossier.version, comment: 'Hồ sơ thuộc thẩm quyền của xã khác' },
    });
    const text = pdfText((await slip(dossier.id, '03')).rawPayload);
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Hồ sơ thuộc thẩm quyền của xã khác');
  });

  it('prints the process-control sheet (Mẫu 06) from the processing log', async () => {
    const dossier = await receive();
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/actions`,
      headers: bearer(tn),
      payload: { action: 'hand_over', version: dossier.version },
    });
    const text = pdfText((await slip(dossier.id, '06')).rawPayload);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Chuyển xử lý');
  });

  it('prints the register (Mẫu 07) of the unit and rejects a reversed period', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/register?from=${today}&to=${today}`,
      headers: bearer(tn),
    });
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    // Table cells wrap: the name may span two lines of the extracted text.
    expect(text.replace(/\s+/g, ' ')).toMatch(/Đặng Thị\s.*Thuỳ/);
    const reversed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dossiers/register?from=2026-02-01&to=2026-01-01',
      headers: bearer(tn),
    });
    expect(reversed.statusCode).toBe(400);
  });

  it('rejects an unknown form and hides other units’ dossiers', async () => {
    const dossier = await receive();
    expect((await slip(dossier.id, '09')).statusCode).toBe(400);
    const other = await login(ctx.app, 'qti.dongha.tn');
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/dossiers/${dossier.id}/slips/01`,
      headers: bearer(other),
    });
    expect(res.statusCode).toBe(404);
  });
});
