import type { z } from 'zod';
import { texts } from '../config/texts';

/** Optional text inputs hold '' when left blank; the API contract says null. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A `superRefine` step that validates a form's raw values by converting them to the API payload and running the
 * shared schema on it. The form then shows exactly the rules the API enforces, on fields of the same names.
 * A required field left blank gets its own "Nhập …" message instead of the rule it breaks ("at least 2 characters"
 * says little to someone who typed nothing).
 */
export function checkWithPayloadSchema<V extends Record<string, string>>(
  schema: z.ZodType,
  toPayload: (values: V) => unknown,
  requiredMessages: Partial<Record<keyof V & string, string>> = {},
) {
  return (values: V, ctx: z.RefinementCtx<V>) => {
    const blank = new Set<string>();
    for (const [field, message] of Object.entries(requiredMessages)) {
      if (message === undefined || (values[field] ?? '').trim() !== '') continue;
      blank.add(field);
      ctx.addIssue({ code: 'custom', message, path: [field] });
    }
    const result = schema.safeParse(toPayload(values));
    if (result.success) return;
    for (const issue of result.error.issues) {
      if (blank.has(String(issue.path[0]))) continue;
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  };
}

/**
 * A `superRefine` step for a new password typed twice (registration, reset, change): the second field, which exists
 * only in the form, must be filled in and match the first.
 */
export function checkPasswordConfirmed<K extends string>(password: K, confirmation: K) {
  return (values: Record<K, string>, ctx: z.RefinementCtx<Record<K, string>>) => {
    if (values[confirmation] === '') {
      ctx.addIssue({ code: 'custom', path: [confirmation], message: texts.auth.confirmRequired });
    } else if (values[confirmation] !== values[password]) {
      ctx.addIssue({ code: 'custom', path: [confirmation], message: texts.auth.passwordMismatch });
    }
  };
}
