import { z } from 'zod';

/** Stable machine-readable codes carried by every problem+json response. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthorized',
  'invalid_credentials',
  'account_locked',
  'forbidden',
  'not_found',
  'conflict',
  'version_conflict',
  'rate_limited',
  'payload_too_large',
  'internal_error',
  'service_unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldErrorSchema = z.object({
  field: z.string().describe('Dotted path of the offending field, e.g. "body.email"'),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** RFC 9457 problem details, with the product's `code` and per-field `errors`. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  // RFC 9457 extension members (e.g. `lockedUntil`, `rowErrors`) pass through.
  .loose()
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;
