import type { SignatureVerificationSchema } from '@motcua/shared';
import type { z } from 'zod';

export type SignatureVerification = z.infer<typeof SignatureVerificationSchema>;

/** The three answers a person can act on: genuine, tampered or re-keyed, or never issued by this system. */
export type Verdict = 'valid' | 'invalid' | 'not_issued';

export function verdictOf(result: Pick<SignatureVerification, 'signed' | 'valid'>): Verdict {
  if (!result.signed) return 'not_issued';
  return result.valid ? 'valid' : 'invalid';
}
