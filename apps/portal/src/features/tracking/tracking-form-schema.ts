import { DossierCodeSchema } from '@motcua/shared';
import { texts } from '../../config/texts';
import { codeFormSchema, parseCode } from '../../lib/code-lookup';

/** The lookup form: the shared dossier code rule, with its own message for an empty field. */
export const trackingFormSchema = codeFormSchema(DossierCodeSchema, texts.tracking.codeRequired);

/** A code taken from the URL (typed by hand or opened from the QR code), normalised, or null when malformed. */
export function normaliseCode(raw: string): string | null {
  return parseCode(DossierCodeSchema, raw);
}
