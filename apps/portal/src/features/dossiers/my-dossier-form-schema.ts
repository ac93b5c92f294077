import {
  RATING_REASONS,
  RatingSchema,
  StopRequestSchema,
  SupplementSubmitSchema,
  type RatingInput,
  type RatingReason,
} from '@motcua/shared';
import { z } from 'zod';
import { texts } from '../../config/texts';
import { blankToNull, checkWithPayloadSchema } from '../../lib/form-schema';

/** The version does not come from the forms; any valid one lets the shared schemas check the fields. */
const ANY_VERSION = 1;

// ---- withdraw / stop request ----

export const stopFields = ['reason'] as const;
export type StopFormValues = Record<(typeof stopFields)[number], string>;
export const emptyStopForm: StopFormValues = { reason: '' };

export function toStopPayload(values: StopFormValues, version: number) {
  return { reason: values.reason, version };
}

export const StopFormSchema = z.object({ reason: z.string() }).superRefine(
  checkWithPayloadSchema(StopRequestSchema, (values: StopFormValues) => toStopPayload(values, ANY_VERSION), {
    reason: texts.myDossiers.reasonRequired,
  }),
);

// ---- supplement ----

export const supplementFields = ['comment'] as const;
export type SupplementFormValues = Record<(typeof supplementFields)[number], string>;
export const emptySupplementForm: SupplementFormValues = { comment: '' };

export function toSupplementPayload(values: SupplementFormValues, version: number) {
  return { comment: blankToNull(values.comment), version };
}

export const SupplementFormSchema = z
  .object({ comment: z.string() })
  .superRefine(
    checkWithPayloadSchema(SupplementSubmitSchema, (values: SupplementFormValues) =>
      toSupplementPayload(values, ANY_VERSION),
    ),
  );

// ---- rating ----

export const ratingFields = ['satisfied', 'reasons', 'comment'] as const;
export type RatingFormValues = {
  /** The radio group: nothing chosen yet, satisfied, or not. */
  satisfied: '' | 'yes' | 'no';
  reasons: RatingReason[];
  comment: string;
};
export const emptyRatingForm: RatingFormValues = { satisfied: '', reasons: [], comment: '' };

/** Reasons are sent only with "not satisfied": ticking one and then changing one's mind must not count it. */
export function toRatingPayload(values: RatingFormValues): RatingInput {
  const satisfied = values.satisfied === 'yes';
  return { satisfied, reasons: satisfied ? [] : values.reasons, comment: blankToNull(values.comment) };
}

export const RatingFormSchema = z
  .object({
    satisfied: z.enum(['', 'yes', 'no']),
    // A checkbox group whose default is an array gets, from react-hook-form, the array of ticked values.
    reasons: z.array(z.enum(RATING_REASONS)),
    comment: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.satisfied === '') {
      ctx.addIssue({ code: 'custom', path: ['satisfied'], message: texts.myDossiers.ratingRequired });
      return;
    }
    const result = RatingSchema.safeParse(toRatingPayload(values));
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  });
