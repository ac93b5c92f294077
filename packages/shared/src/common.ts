import { z } from 'zod';
import { normalizeMultilineText, normalizeText } from './text';

export const UuidSchema = z.uuid();

/** A calendar date, YYYY-MM-DD. */
export const DateStringSchema = z.iso.date();

/** Trimmed, NFC-normalised, non-empty text of bounded length, on one line. */
export function textSchema(max: number, min = 1, normalize = normalizeText) {
  // overwrite (not transform) keeps the schema usable for responses too, which are encoded.
  return z
    .string()
    .overwrite(normalize)
    .superRefine((value, ctx) => {
      // One message per field: a blank one is empty, not "too short". (Not an aborting check, so that the
      // object's own rules still run and every problem is reported at once.)
      if (value.length < min) {
        ctx.addIssue({
          code: 'custom',
          message: value.length === 0 ? 'Không được để trống' : `Cần ít nhất ${min} ký tự`,
        });
      }
    })
    .max(max, `Tối đa ${max} ký tự`);
}

/** Like `textSchema`, keeping the paragraphs of a long text (a feedback, an answer). */
export function paragraphsSchema(max: number, min = 1) {
  return textSchema(max, min, normalizeMultilineText);
}

export const IdParamsSchema = z.object({ id: UuidSchema });

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** `true`/`false` as they arrive in a query string. */
export const QueryBooleanSchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^(0|\+84)(3|5|7|8|9)\d{8}$/, 'Số điện thoại di động không hợp lệ')
  .transform((v) => v.replace(/^\+84/, '0'));

export const EmailSchema = z
  .email('Email không hợp lệ')
  .max(254)
  .transform((v) => v.toLowerCase());

/** Số định danh cá nhân (CCCD): 12 digits. */
export const PersonalIdSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'Số định danh cá nhân gồm 12 chữ số');

export const PasswordSchema = z
  .string()
  .min(8, 'Mật khẩu cần ít nhất 8 ký tự')
  .max(128, 'Mật khẩu tối đa 128 ký tự')
  .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), 'Mật khẩu cần có cả chữ và số');

export const VersionSchema = z.number().int().min(1).describe('Row version for optimistic concurrency');
