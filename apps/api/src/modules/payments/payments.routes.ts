import { IdParamsSchema } from '@motcua/shared';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import { AppError, notFound } from '../../lib/errors';
import { citizenSecurity, problems } from '../../lib/responses';
import { actorOf, citizenIdOf } from '../../plugins/auth';
import { sandboxProvider, signCallback } from './payments.sandbox';
import { createPaymentsService } from './payments.service';

const SANDBOX_PATH = '/api/v1/payment-sandbox';
const StartedSchema = z.object({ paymentId: z.uuid(), amountVnd: z.number().int(), redirectUrl: z.string() });
const RefParamsSchema = z.object({ ref: z.string().min(8).max(100) });

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const paymentsRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  // Outside production the sandbox gateway stands in for a real one; production configures a real provider.
  const provider =
    config.env === 'production' ? undefined : sandboxProvider(config.paymentSandboxSecret, SANDBOX_PATH);
  const service = createPaymentsService(app.db, provider);

  app.post('/citizen/dossiers/:id/payments', {
    onRequest: app.requireCitizen,
    schema: {
      tags: ['citizens'],
      security: citizenSecurity,
      summary: 'Pay a dossier’s fee online: returns the payment gateway page to send the citizen to',
      params: IdParamsSchema,
      response: { 201: StartedSchema, ...problems(400, 401, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.start(citizenIdOf(request), actorOf(request), request.params.id)),
  });

  // The callback's signature covers the exact bytes sent, so the body is kept as text.
  await app.register(async (scope) => {
    const callbacks = scope.withTypeProvider<ZodTypeProvider>();
    callbacks.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    callbacks.post('/payments/callback', {
      schema: {
        tags: ['payments'],
        summary: 'Server-to-server notification from the payment gateway (signed); idempotent',
        body: z.string(),
        response: {
          200: z.object({ status: z.enum(['pending', 'paid', 'failed']), duplicate: z.boolean() }),
          ...problems(400, 401, 404, 409),
        },
      },
      handler: async (request) => {
        const signature = request.headers['x-gateway-signature'];
        const outcome = provider?.parseCallback(
          request.body,
          typeof signature === 'string' ? signature : undefined,
        );
        if (!outcome)
          throw new AppError(
            401,
            'unauthorized',
            'Chữ ký không hợp lệ',
            'Thông báo thanh toán không được cổng thanh toán ký hợp lệ.',
          );
        return service.settle(outcome);
      },
    });
  });

  if (!provider) return;

  // The gateway page's buttons are plain HTML forms: their (empty) urlencoded bodies carry nothing to read.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, _body, done) => done(null, undefined),
  );

  app.get('/payment-sandbox/:ref', {
    schema: {
      tags: ['payments'],
      summary: 'Sandbox gateway: the payment page the citizen is sent to',
      params: RefParamsSchema,
    },
    handler: async (request, reply) => {
      const found = await service.findByRef(request.params.ref);
      if (!found) throw notFound('Không tìm thấy giao dịch');
      const ref = escapeHtml(request.params.ref);
      const amount = found.payment.amountVnd.toLocaleString('vi-VN');
      return reply.type('text/html; charset=utf-8')
        .send(`<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Cổng thanh toán thử nghiệm</title>
<style>body{font-family:system-ui,sans-serif;background:#f1f5f9;margin:0;padding:2rem}main{max-width:28rem;margin:auto;background:#fff;border-radius:12px;padding:2rem;box-shadow:0 4px 20px #0001}
h1{font-size:1.25rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem}dt{color:#475569}button{font:inherit;padding:.75rem 1.25rem;border-radius:8px;border:0;cursor:pointer;margin-right:.5rem}
.pay{background:#15803d;color:#fff}.cancel{background:#e2e8f0}</style></head><body><main>
<h1>Cổng thanh toán thử nghiệm</h1><p>Môi trường thử nghiệm: không có giao dịch tiền thật.</p>
<dl><dt>Mã giao dịch</dt><dd>${ref}</dd><dt>Hồ sơ</dt><dd>${escapeHtml(found.code)}</dd><dt>Số tiền</dt><dd><strong>${amount} đồng</strong></dd><dt>Trạng thái</dt><dd>${found.payment.status}</dd></dl>
<form method="post" action="${SANDBOX_PATH}/${ref}/paid"><button class="pay" type="submit">Thanh toán</button></form>
<form method="post" action="${SANDBOX_PATH}/${ref}/failed"><button class="cancel" type="submit">Hủy giao dịch</button></form>
</main></body></html>`);
    },
  });

  app.post('/payment-sandbox/:ref/:outcome', {
    schema: {
      tags: ['payments'],
      summary:
        'Sandbox gateway: the payer pays or cancels; the gateway calls back the product, then returns the payer',
      params: RefParamsSchema.extend({ outcome: z.enum(['paid', 'failed']) }),
    },
    handler: async (request, reply) => {
      const found = await service.findByRef(request.params.ref);
      if (!found) throw notFound('Không tìm thấy giao dịch');
      const body = JSON.stringify({
        ref: request.params.ref,
        status: request.params.outcome,
        amountVnd: found.payment.amountVnd,
        reason: request.params.outcome === 'failed' ? 'Người nộp hủy giao dịch' : null,
      });
      // As a real gateway would, notify the product server-to-server before sending the payer back.
      await app.inject({
        method: 'POST',
        url: '/api/v1/payments/callback',
        headers: {
          'content-type': 'application/json',
          'x-gateway-signature': signCallback(config.paymentSandboxSecret, body),
        },
        payload: body,
      });
      const result = request.params.outcome === 'paid' ? 'thanh-cong' : 'that-bai';
      return reply.redirect(`/ho-so-cua-toi/${found.payment.dossierId}?thanh-toan=${result}`, 303);
    },
  });
};
