import { createHmac } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../db/client';
import { captchaSpent } from '../db/schema';
import { invalid } from './errors';

/**
 * A self-hosted proof-of-work captcha (ALTCHA): the browser spends a fraction of a second finding a counter, the
 * server checks it with one hash. Each solved challenge is spent once, so a script pays for every submission.
 */
const CHALLENGE_SECONDS = 20 * 60;
/** The counter the browser has to find lies in this range: about 0.1–0.5 s of hashing in a phone's browser. */
const COUNTER_RANGE = [20_000, 100_000] as const;

const PayloadSchema = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      keySignature: z.string().optional(),
      expiresAt: z.number().optional(),
    }),
    signature: z.string(),
  }),
  solution: z.object({ counter: z.number().int(), derivedKey: z.string(), time: z.number().optional() }),
});

function decode(payload: string) {
  try {
    return PayloadSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))).data;
  } catch {
    return undefined;
  }
}

export function createCaptcha(db: Database, secret: string) {
  const signatureSecret = createHmac('sha256', secret).update('captcha-signature').digest('hex');
  const keySecret = createHmac('sha256', secret).update('captcha-key').digest('hex');

  return {
    challenge(): Promise<Challenge> {
      return createChallenge({
        algorithm: 'SHA-256',
        cost: 1,
        counter: randomInt(COUNTER_RANGE[1], COUNTER_RANGE[0]),
        deriveKey,
        expiresAt: Math.floor(Date.now() / 1000) + CHALLENGE_SECONDS,
        hmacSignatureSecret: signatureSecret,
        hmacKeySignatureSecret: keySecret,
      });
    },

    /**
     * Checks a widget payload; `spend` marks it used in the caller's transaction (a submission), without it the
     * payload only has to be valid and unspent (an upload before the submission).
     */
    async verify(
      payload: string | undefined,
      field: string,
      options: { spend: Executor } | { spend?: undefined } = {},
    ) {
      const decoded = payload ? decode(payload) : undefined;
      if (!decoded) throw invalid(field, 'Hãy xác nhận bạn không phải máy');
      const result = await verifySolution({
        challenge: decoded.challenge,
        solution: decoded.solution,
        deriveKey,
        hmacSignatureSecret: signatureSecret,
        hmacKeySignatureSecret: keySecret,
      });
      if (result.expired) throw invalid(field, 'Mã xác nhận đã hết hạn, hãy xác nhận lại');
      if (!result.verified) throw invalid(field, 'Xác nhận không đúng, hãy thử lại');
      const signature = decoded.challenge.signature;
      const expiresAt = new Date((decoded.challenge.parameters.expiresAt ?? 0) * 1000);
      if (options.spend) {
        const spent = await options.spend
          .insert(captchaSpent)
          .values({ signature, expiresAt })
          .onConflictDoNothing()
          .returning();
        if (spent.length === 0) throw invalid(field, 'Mã xác nhận đã được dùng, hãy xác nhận lại');
      } else {
        const [used] = await db
          .select({ one: sql`1` })
          .from(captchaSpent)
          .where(sql`${captchaSpent.signature} = ${signature}`);
        if (used) throw invalid(field, 'Mã xác nhận đã được dùng, hãy xác nhận lại');
      }
    },
  };
}

export type Captcha = ReturnType<typeof createCaptcha>;
