import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { invalid } from '../../lib/errors';

/** A payment gateway as the product sees it: where to send the payer, and how to trust its callbacks. */
export type PaymentProvider = {
  name: string;
  start(payment: { ref: string; amountVnd: number; description: string }): { redirectUrl: string };
  /** The outcome of a callback, or null when its signature does not hold; a signed but malformed one is a 400. */
  parseCallback(body: string, signature: string | undefined): CallbackOutcome | null;
};

export const CallbackSchema = z.object({
  ref: z.string().min(8).max(100),
  status: z.enum(['paid', 'failed']),
  amountVnd: z.number().int().min(0),
  reason: z.string().max(200).nullable().default(null),
});
export type CallbackOutcome = z.infer<typeof CallbackSchema>;

export function signCallback(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * The sandbox gateway: it behaves like a real one — the payer is sent to its page, pays or cancels there, and the
 * gateway notifies the product by a signed server-to-server callback — without moving money. Used outside
 * production only.
 */
export function sandboxProvider(secret: string, basePath: string): PaymentProvider {
  return {
    name: 'sandbox',
    start: ({ ref }) => ({ redirectUrl: `${basePath}/${encodeURIComponent(ref)}` }),
    parseCallback(body, signature) {
      if (!signature) return null;
      const expected = Buffer.from(signCallback(secret, body), 'hex');
      const given = Buffer.from(signature, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const parsed = CallbackSchema.safeParse(json);
      if (!parsed.success) throw invalid('body', 'Nội dung thông báo thanh toán không hợp lệ');
      return parsed.data;
    },
  };
}
