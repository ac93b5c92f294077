import { DossierCodeSchema } from '@motcua/shared';
import { z } from 'zod';
import { isApiError } from '../../lib/api-client';
import { texts } from '../../config/texts';

/** The lookup form: the shared code rule (trimmed, upper-cased), with its own message for an empty field. */
export const trackingFormSchema = z.object({
  code: z.string().trim().min(1, texts.tracking.codeRequired).pipe(DossierCodeSchema),
});
export type TrackingFormInput = z.input<typeof trackingFormSchema>;
export type TrackingFormOutput = z.output<typeof trackingFormSchema>;

/** A code taken from the URL (typed by hand or opened from the QR code), normalised, or null when malformed. */
export function normaliseCode(raw: string): string | null {
  const parsed = DossierCodeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type LookupFailure = 'not_found' | 'invalid' | 'other';

/** Which message a failed lookup deserves: unknown code, malformed code, or anything else (network, server). */
export function lookupFailure(error: unknown): LookupFailure {
  if (isApiError(error) && error.status === 404) return 'not_found';
  if (isApiError(error) && error.status === 400) return 'invalid';
  return 'other';
}
