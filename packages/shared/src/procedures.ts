import { z } from 'zod';
import { TIME_UNITS } from './calendar';
import type { UnitLevel } from './units';
import { DateStringSchema, PageQuerySchema, pageSchema, textSchema, VersionSchema } from './common';

/** Channels of the national portal (KenhThucHien): 1 direct at the counter, 2 online, 3 postal. */
export const CHANNELS = ['direct', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Dịch vụ bưu chính',
};

export const PROCEDURE_LEVELS = ['ministry', 'province', 'commune', 'other'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];
export const PROCEDURE_LEVEL_LABELS: Record<ProcedureLevel, string> = {
  ministry: 'Cấp bộ',
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
  other: 'Cơ quan khác',
};

export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export const ONLINE_LEVEL_LABELS: Record<OnlineLevel, string> = {
  full: 'Toàn trình',
  partial: 'Một phần',
  none: 'Không trực tuyến',
};

export const PROCEDURE_STATUSES = ['draft', 'published', 'retired'] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];
export const PROCEDURE_STATUS_LABELS: Record<ProcedureStatus, string> = {
  draft: 'Bản nháp',
  published: 'Đang áp dụng',
  retired: 'Hết hiệu lực',
};

/** Mã TTHC as in the national database, e.g. 1.001193. */
export const ProcedureCodeSchema = z
  .string()
  .trim()
  .regex(/^\d\.\d{6}$/, 'Mã thủ tục dạng 1.001193');

export const MethodSchema = z.object({
  channel: z.enum(CHANNELS),
  timeLimit: z.object({
    amount: z.number().int().min(0).max(3650),
    unit: z.enum(TIME_UNITS),
  }),
  /** Fee in VND; null when it varies (set by the provincial People's Council, per case). */
  feeVnd: z.number().int().min(0).max(1_000_000_000).nullable(),
  feeText: z.string().trim().max(1000).nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type Method = z.infer<typeof MethodSchema>;

export const ComponentSchema = z.object({
  // Some official component descriptions run to several paragraphs.
  name: textSchema(5000, 2),
  originals: z.number().int().min(0).max(100),
  copies: z.number().int().min(0).max(100),
  /** Heading under which the portal lists it ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình"…). */
  group: z.string().trim().max(500).nullable().default(null),
  required: z.boolean().default(true),
  /** Template forms (mẫu đơn, tờ khai) to download and fill in, uploaded through `/admin/procedure-templates`. */
  templates: z
    .array(z.object({ id: z.uuid(), name: textSchema(200, 1) }))
    .max(10)
    .default([]),
});
export type Component = z.infer<typeof ComponentSchema>;

export const CaseSchema = z.object({
  name: textSchema(500, 2),
  components: z.array(ComponentSchema).max(100),
});

export const LegalBasisSchema = z.object({
  number: textSchema(100, 2),
  summary: z.string().trim().max(1000).nullable().default(null),
  date: DateStringSchema.nullable().default(null),
  issuer: z.string().trim().max(200).nullable().default(null),
});

export const AgenciesSchema = z.object({
  executing: textSchema(300, 2),
  competent: z.string().trim().max(300).nullable().default(null),
  authorised: z.string().trim().max(300).nullable().default(null),
  coordinating: z.string().trim().max(300).nullable().default(null),
});

/** The content of one version of a procedure, as entered, imported and published. */
export const ProcedureInputSchema = z
  .object({
    code: ProcedureCodeSchema,
    name: textSchema(500, 3),
    field: textSchema(200, 2),
    levels: z.array(z.enum(PROCEDURE_LEVELS)).min(1, 'Chọn ít nhất một cấp thực hiện'),
    procedureType: z.string().trim().max(200).nullable().default(null),
    publishingDecision: z.string().trim().max(200).nullable().default(null),
    steps: z.string().trim().max(20_000).nullable().default(null),
    methods: z.array(MethodSchema).min(1, 'Cần ít nhất một cách thức thực hiện'),
    cases: z.array(CaseSchema).max(50),
    applicants: z.string().trim().max(2000).nullable().default(null),
    agencies: AgenciesSchema,
    results: z.array(
      z.object({ name: textSchema(1000, 2), code: z.string().trim().max(50).nullable().default(null) }),
    ),
    conditions: z.string().trim().max(10_000).nullable().default(null),
    legalBases: z.array(LegalBasisSchema).max(100),
    onlineLevel: z.enum(ONLINE_LEVELS),
    /** Received after this time (HH:mm), a dossier counts from the next working day. */
    cutoffTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ dạng HH:mm')
      .nullable()
      .default(null),
    relatedCodes: z.array(ProcedureCodeSchema).max(50).default([]),
  })
  .refine((p) => new Set(p.methods.map((m) => m.channel)).size === p.methods.length, {
    message: 'Mỗi kênh chỉ khai báo một lần',
    path: ['methods'],
  })
  .refine((p) => p.onlineLevel === 'none' || p.methods.some((m) => m.channel === 'online'), {
    message: 'Thủ tục trực tuyến cần có cách thức nộp trực tuyến',
    path: ['onlineLevel'],
  });
export type ProcedureInput = z.input<typeof ProcedureInputSchema>;
export type ProcedureContent = z.output<typeof ProcedureInputSchema>;

export const ProcedureSchema = z
  .object({
    id: z.uuid().describe('Id of this version'),
    ...ProcedureInputSchema.shape,
    status: z.enum(PROCEDURE_STATUSES),
    versionNo: z.number().int(),
    effectiveFrom: DateStringSchema.nullable(),
    effectiveTo: DateStringSchema.nullable(),
    version: z.number().int(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Procedure' });
export type Procedure = z.infer<typeof ProcedureSchema>;

export const ProcedureSummarySchema = ProcedureSchema.pick({
  id: true,
  code: true,
  name: true,
  field: true,
  levels: true,
  onlineLevel: true,
  status: true,
  versionNo: true,
  effectiveFrom: true,
  effectiveTo: true,
  agencies: true,
  methods: true,
}).meta({ id: 'ProcedureSummary' });

export const ProcedureListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional().describe('Code, name or field; diacritics and case ignored'),
  field: z.string().trim().max(200).optional(),
  level: z.enum(PROCEDURE_LEVELS).optional(),
  agency: z.string().trim().max(300).optional().describe('Executing agency, diacritics ignored'),
  onlineLevel: z.enum(ONLINE_LEVELS).optional(),
});
export type ProcedureListQuery = z.input<typeof ProcedureListQuerySchema>;

export const AdminProcedureListQuerySchema = ProcedureListQuerySchema.extend({
  status: z.enum(PROCEDURE_STATUSES).optional(),
});

export const ProcedurePageSchema = pageSchema(ProcedureSummarySchema);

export const ProcedureFieldsSchema = z.object({
  items: z.array(z.object({ field: z.string(), count: z.number().int() })),
});

export const ProcedureCodeParamsSchema = z.object({ code: ProcedureCodeSchema });

export const ProcedureUpdateSchema = z.object({ content: ProcedureInputSchema, version: VersionSchema });

export const ProcedureRetireSchema = z.object({
  effectiveTo: DateStringSchema.describe('Last day the procedure applies'),
});

export const ProcedurePublishSchema = z.object({
  effectiveFrom: DateStringSchema.describe('First day the new version applies (today or later)'),
  version: VersionSchema,
});

export const ProcedureVersionsSchema = z.object({ items: z.array(ProcedureSchema) });

export const ImportRowErrorSchema = z.object({
  row: z.number().int().describe('Row number in the sheet (1 = header) or index + 1 in the JSON array'),
  sheet: z.string().nullable(),
  field: z.string(),
  message: z.string(),
});

export const ProcedureImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  published: z.number().int(),
});

export const ProcedureImportQuerySchema = z.object({
  publish: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Publish every imported procedure at once'),
  effectiveFrom: DateStringSchema.optional().describe('With publish: first day in force (default today)'),
});

export const ProcedureImportBodySchema = z.object({ procedures: z.array(z.unknown()).min(1).max(5000) });

export const ProcedureExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'json']).default('xlsx'),
  status: z.enum(['draft']).optional().describe('Export the drafts instead of the versions in force'),
});

/** A template form file; the id goes into a component's `templates`. */
export const ProcedureTemplateSchema = z
  .object({ id: z.uuid(), name: z.string(), mime: z.string(), size: z.number().int() })
  .meta({ id: 'ProcedureTemplate' });
export const TemplateParamsSchema = z.object({ id: z.uuid() });

/** Which levels of unit receive dossiers of a procedure at each level of the catalogue. */
export const RECEIVING_UNIT_LEVELS: Record<ProcedureLevel, readonly UnitLevel[]> = {
  ministry: ['ministry'],
  province: ['service_centre', 'department'],
  commune: ['commune'],
  other: ['department', 'service_centre'],
};

export const ReceivingUnitQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('Part of the unit name; diacritics ignored'),
});
export const ReceivingUnitListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      /** The names of the units above it, nearest first, to tell communes of the same name apart. */
      parents: z.array(z.string()),
    }),
  ),
});

export const FinderQuerySchema = z.object({
  situation: textSchema(500, 3).describe(
    'The citizen\'s situation in their own words, e.g. "con tôi mới sinh"',
  ),
});
export const FinderResultSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      field: z.string(),
      onlineLevel: z.enum(ONLINE_LEVELS),
      /** The papers to prepare, per case. */
      cases: z.array(
        z.object({
          name: z.string(),
          components: z.array(z.object({ name: z.string(), required: z.boolean() })),
        }),
      ),
    }),
  ),
});
