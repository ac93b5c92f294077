import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, DEMO_PASSWORD, login, unitByPrefix, type TestContext } from './harness';

const SECRET = 'sandbox-secret-for-tests';
let ctx: TestContext;
let citizen: string;
let communeId: string;
beforeAll(async () => {
  ctx = await createTestApp({ PAYMENT_SANDBOX_SECRET: SECRET });
  citizen = (
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/citizen/auth/login',
      payload: { login: '0912345678', password: DEMO_PASSWORD },
    })
  ).json().accessToken;
  communeId = (await unitByPrefix(ctx.app, await login(ctx.app, 'admin'), 'qti.donghoi')).id;
});
afterAll(() => ctx.close());

/** An online dossier of permanent residence registration (fee 10,000 đồng online). */
async function submit() {
  const procedure = (await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures/1.004222' })).json();
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/citizen/dossiers',
    headers: bearer(citizen),
    payload: {
      procedureCode: '1.004222',
      receivingUnitId: communeId,
      applicant: {
        fullName: 'Nguyễn Văn An',
        identificationNumber: '044090001234',
        address: 'Phường Đồng Hới',
      },
      components: procedure.cases[0].components.map((_: unknown, index: number) => ({
        index,
        provided: true,
      })),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function start(id: string) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/citizen/dossiers/${id}/payments`,
    headers: bearer(citizen),
  });
}

describe('online payment through the sandbox gateway', () => {
  it('pays: the gateway page, the signed callback, the return, and the dossier marked paid once', async () => {
    const dossier = await submit();
    const started = await start(dossier.id);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().amountVnd).toBe(10000);
    const page = await ctx.app.inject({ method: 'GET', url: started.json().redirectUrl });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('10.000 đồng');
    const ref = started.json().redirectUrl.split('/').at(-1);
    // As the gateway page's form posts it.
    const paid = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/payment-sandbox/${ref}/paid`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(paid.statusCode).toBe(303);
    expect(paid.headers.location).toBe(`/ho-so-cua-toi/${dossier.id}?thanh-toan=thanh-cong`);
    const mine = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/citizen/dossiers/${dossier.id}`,
        headers: bearer(citizen),
      })
    ).json();
    expect(mine.paidAt).toMatch(/\+07:00$/);
    // A second callback for the same transaction changes nothing; a new payment is refused.
    const again = await ctx.app.inject({ method: 'POST', url: `/api/v1/payment-sandbox/${ref}/paid` });
    expect(again.statusCode).toBe(303);
    expect((await start(dossier.id)).statusCode).toBe(409);
    const payment = mine.payments.find((p: { status: string }) => p.status === 'paid');
    const receipt = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/citizen/dossiers/${dossier.id}/payments/${payment.id}/receipt`,
      headers: bearer(citizen),
    });
    expect(receipt.statusCode).toBe(200);
    const text = execFileSync('pdftotext', ['-', '-'], { input: receipt.rawPayload }).toString();
    expect(text).toContain('BIÊN LAI THU PHÍ, LỆ PHÍ');
    expect(text).toContain('10.000 đồng');
  });

  it('records a cancelled payment as failed and leaves the fee unpaid', async () => {
    const dossier = await submit();
    const ref = (await start(dossier.id)).json().redirectUrl.split('/').at(-1);
    const failed = await ctx.app.inject({ method: 'POST', url: `/api/v1/payment-sandbox/${ref}/failed` });
    expect(failed.headers.location).toContain('thanh-toan=that-bai');
    const mine = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/citizen/dossiers/${dossier.id}`,
        headers: bearer(citizen),
      })
    ).json();
    expect(mine.paidAt).toBeNull();
    expect((await start(dossier.id)).statusCode).toBe(201);
  });

  it('refuses a forged callback', async () => {
    const dossier = await submit();
    const ref = (await start(dossier.id)).json().redirectUrl.split('/').at(-1);
    const body = JSON.stringify({ ref, status: 'paid', amountVnd: 10000, reason: null });
    const forged = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      headers: { 'content-type': 'application/json', 'x-gateway-signature': 'ab'.repeat(32) },
      payload: body,
    });
    expect(forged.statusCode).toBe(401);
    const unsigned = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expect(unsigned.statusCode).toBe(401);
  });

  it('answers a validly signed but malformed callback with 400', async () => {
    const { signCallback } = await import('../src/modules/payments/payments.sandbox');
    const body = '{"ref": 12}';
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      headers: { 'content-type': 'application/json', 'x-gateway-signature': signCallback(SECRET, body) },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
  });

  it('records a payment at the counter with its receipt number', async () => {
    const tn = await login(ctx.app, 'qti.donghoi.tn');
    const dossier = await submit();
    const accepted = (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${dossier.id}/actions`,
        headers: bearer(tn),
        payload: { action: 'accept', version: 1 },
      })
    ).json();
    expect(accepted.allowedActions).toContain('record_payment');
    const paid = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${dossier.id}/actions`,
      headers: bearer(tn),
      payload: {
        action: 'record_payment',
        version: accepted.version,
        amountVnd: 10000,
        receiptNumber: 'BL-000123',
      },
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().paidAt).toBeTruthy();
    expect(paid.json().payments).toEqual([
      expect.objectContaining({
        method: 'counter',
        status: 'paid',
        amountVnd: 10000,
        receiptNumber: 'BL-000123',
      }),
    ]);
    expect(paid.json().allowedActions).not.toContain('record_payment');
  });
});
