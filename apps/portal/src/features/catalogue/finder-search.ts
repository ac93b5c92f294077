import { FinderQuerySchema } from '@motcua/shared';
import { z } from 'zod';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { checkWithPayloadSchema } from '../../lib/form-schema';

/** The situation lives in the URL (`/huong-dan?tinh-huong=con+tôi+mới+sinh`): linkable, and back returns to it. */
export const SITUATION_PARAM = 'tinh-huong';

/**
 * The situation to look up, read from the URL, or null when there is none worth asking about (missing, or too short
 * or too long for the API, in which case the form shows why).
 */
export function parseSituation(params: URLSearchParams): string | null {
  const parsed = FinderQuerySchema.safeParse({ situation: params.get(SITUATION_PARAM) ?? '' });
  return parsed.success ? parsed.data.situation : null;
}

export function finderHref(situation: string): string {
  const trimmed = situation.trim();
  return trimmed
    ? `${paths.finder}?${new URLSearchParams({ [SITUATION_PARAM]: trimmed }).toString()}`
    : paths.finder;
}

export type FinderFormValues = { situation: string };

export const FinderFormSchema = z.object({ situation: z.string() }).superRefine(
  checkWithPayloadSchema(FinderQuerySchema, (values: FinderFormValues) => values, {
    situation: texts.finder.situationRequired,
  }),
);
