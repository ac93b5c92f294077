import { z } from 'zod';
import { isApiError } from './api-client';

/**
 * A lookup form's one field: the shared code rule (trimmed, upper-cased, its shape), with the form's own message
 * for an empty field.
 */
export function codeFormSchema(code: z.ZodType<string, string>, requiredMessage: string) {
  return z.object({ code: z.string().trim().min(1, requiredMessage).pipe(code) });
}
export type CodeFormSchema = ReturnType<typeof codeFormSchema>;

/** A code taken from the URL (typed by hand, opened from a QR code or a message), normalised, or null when malformed. */
export function parseCode(code: z.ZodType<string, string>, raw: string): string | null {
  const parsed = code.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type LookupFailure = 'not_found' | 'invalid' | 'other';

/** Which message a failed lookup deserves: unknown code, malformed code, or anything else (network, server). */
export function lookupFailure(error: unknown): LookupFailure {
  if (isApiError(error) && error.status === 404) return 'not_found';
  if (isApiError(error) && error.status === 400) return 'invalid';
  return 'other';
}
