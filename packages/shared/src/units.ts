import { z } from 'zod';
import { DateStringSchema, QueryBooleanSchema, textSchema, UuidSchema, VersionSchema } from './common';

export const UNIT_LEVELS = [
  'central',
  'ministry',
  'province',
  'district',
  'department',
  'service_centre',
  'commune',
  'division',
  'office',
] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_LEVEL = Object.fromEntries(UNIT_LEVELS.map((l) => [l, l])) as {
  readonly [K in UnitLevel]: K;
};

/** Mã định danh điện tử, e.g. `H15.50.05.13` or `000.00.00.G01`. */
export const UnitCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,8}(\.[A-Z0-9]{1,8}){0,5}$/, 'Mã định danh gồm các nhóm chữ/số cách nhau bởi dấu chấm');

/** Account prefix, e.g. `qti.sotuphap`: unit accounts are `<prefix>.nl`, `<prefix>.dg`. */
export const AccountPrefixSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9]{1,20}(\.[a-z0-9]{1,20}){0,4}$/,
    'Tiền tố tài khoản gồm chữ thường/số cách nhau bởi dấu chấm',
  );

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A unit's office sessions, e.g. 07:30–11:30 and 13:00–17:00; the legal clock counts working hours inside them. */
export const OfficeHoursSchema = z
  .array(
    z.object({
      start: z.string().regex(HHMM, 'Giờ dạng HH:mm'),
      end: z.string().regex(HHMM, 'Giờ dạng HH:mm'),
    }),
  )
  .min(1)
  .max(4)
  .refine(
    (sessions) =>
      sessions.every((s, i) => s.start < s.end && (i === 0 || (sessions[i - 1]?.end ?? '') <= s.start)),
    {
      message: 'Các buổi làm việc phải theo thứ tự và không chồng nhau',
    },
  );
export type OfficeHoursInput = z.infer<typeof OfficeHoursSchema>;

export const UnitSchema = z
  .object({
    id: UuidSchema,
    parentId: UuidSchema.nullable(),
    name: z.string(),
    level: z.enum(UNIT_LEVELS),
    code: z.string(),
    accountPrefix: z.string(),
    validFrom: DateStringSchema,
    validTo: DateStringSchema.nullable(),
    mergedIntoId: UuidSchema.nullable(),
    officeHours: OfficeHoursSchema.nullable().describe('null: the default 07:30–11:30, 13:00–17:00'),
    feedbackApprovalRequired: z
      .boolean()
      .describe('Answers to citizen feedback go to the unit leader for approval before they are sent'),
    depth: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof UnitSchema>;

const unitFields = {
  name: textSchema(200, 2),
  level: z.enum(UNIT_LEVELS),
  code: UnitCodeSchema,
  accountPrefix: AccountPrefixSchema,
  validFrom: DateStringSchema,
  validTo: DateStringSchema.nullable().default(null),
  officeHours: OfficeHoursSchema.nullable().default(null),
  feedbackApprovalRequired: z.boolean().default(false),
};

function validPeriod(u: { validFrom: string; validTo: string | null }) {
  return u.validTo === null || u.validTo >= u.validFrom;
}
const periodError = { message: 'Ngày hết hiệu lực phải sau ngày bắt đầu', path: ['validTo'] };

export const UnitCreateSchema = z
  .object({ parentId: UuidSchema, ...unitFields })
  .refine(validPeriod, periodError);
export type UnitCreate = z.input<typeof UnitCreateSchema>;

export const UnitUpdateSchema = z
  .object({
    /** null only for a root unit, which stays a root. */
    parentId: UuidSchema.nullable(),
    ...unitFields,
    mergedIntoId: UuidSchema.nullable().default(null),
    version: VersionSchema,
  })
  .refine(validPeriod, periodError);
export type UnitUpdate = z.input<typeof UnitUpdateSchema>;

export const UnitListQuerySchema = z.object({
  at: DateStringSchema.optional().describe(
    'Only units in force on this date (default: all, past and present)',
  ),
  includeInactive: QueryBooleanSchema.optional().describe('Also list units no longer in force today'),
});

export const UnitListSchema = z.object({ items: z.array(UnitSchema) });

/** Whether a unit is in force on a date (inclusive bounds). */
export function unitInForce(unit: Pick<Unit, 'validFrom' | 'validTo'>, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date);
}
