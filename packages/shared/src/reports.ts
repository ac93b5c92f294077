/**
 * M&E reporting (báo cáo kiểm soát TTHC, domain §7): reporting periods issued by a superior unit, report forms
 * (biểu mẫu) defined as data, filled by each unit's entry account, approved by its approval account, sent up, and
 * summed into the superior's form.
 */
import { z } from 'zod';
import { DateStringSchema, textSchema, UuidSchema, VersionSchema } from './common';

// ---- Forms as data ---------------------------------------------------------------------------------------------

export const REPORT_ROW_SOURCES = ['fields', 'units', 'levels'] as const;
export type ReportRowSource = (typeof REPORT_ROW_SOURCES)[number];

export const ReportColumnSchema = z
  .object({
    key: z
      .string()
      .max(60)
      .regex(/^[a-z][a-z0-9_]*$/, 'Mã cột gồm chữ thường không dấu, số và dấu gạch dưới'),
    label: z.string().trim().min(1, 'Không được để trống'),
    /** The header group the column sits under (e.g. "Số hồ sơ nhận giải quyết"). */
    group: z.string().nullable().default(null),
    /** A computed column: the sum of these columns, never typed. */
    sumOf: z.array(z.string()).min(1, 'Cột tổng phải cộng ít nhất một cột').nullable().default(null),
    /** The system figure this column is pre-filled from (see REPORT_METRICS); null when entered by hand. */
    metric: z.string().nullable().default(null),
  })
  .refine((c) => !(c.sumOf && c.metric), {
    path: ['metric'],
    message: 'Cột tổng không lấy số liệu hệ thống',
  });
export type ReportColumn = z.infer<typeof ReportColumnSchema>;

export const ReportRuleSchema = z.discriminatedUnion('kind', [
  /** Every cell is a whole number ≥ 0 (always applied). */
  z.object({ kind: z.literal('non_negative') }),
  /** `left` ≤ the sum of `right` in every row. */
  z.object({
    kind: z.literal('at_most'),
    left: z.string(),
    right: z.array(z.string()).min(1, 'Chọn ít nhất một cột so sánh'),
    message: z.string().trim().min(1, 'Nhập thông báo lỗi'),
  }),
]);
export type ReportRule = z.infer<typeof ReportRuleSchema>;

export const ReportDefinitionSchema = z.object({
  rowSource: z.enum(REPORT_ROW_SOURCES),
  columns: z.array(ReportColumnSchema).min(1),
  rules: z.array(ReportRuleSchema).default([]),
});
export type ReportDefinition = z.infer<typeof ReportDefinitionSchema>;

/** The figures of a form: row key → column key → number. */
export type ReportValues = Record<string, Record<string, number>>;
export const ReportValuesSchema = z.record(
  z.string().max(200),
  z.record(z.string().max(60), z.number().int('Nhập số nguyên').min(0, 'Không được âm').max(1_000_000_000)),
);

/**
 * A row with every column of the form: blanks as 0, unknown keys dropped, and every computed column filled from the
 * columns it sums (computed columns may build on earlier ones).
 */
export function computeRow(
  definition: ReportDefinition,
  row: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(
    definition.columns.map((c) => [c.key, row[c.key] ?? 0]),
  );
  for (const column of definition.columns) {
    if (column.sumOf) out[column.key] = column.sumOf.reduce((sum, key) => sum + (out[key] ?? 0), 0);
  }
  return out;
}

export function computeValues(definition: ReportDefinition, values: ReportValues): ReportValues {
  return Object.fromEntries(
    Object.entries(values).map(([row, cells]) => [row, computeRow(definition, cells)]),
  );
}

export type CellError = { row: string; column: string; message: string };

/** The cells that break the form's rules, each with its message. */
export function validateReport(definition: ReportDefinition, values: ReportValues): CellError[] {
  const errors: CellError[] = [];
  for (const [row, raw] of Object.entries(values)) {
    const cells = computeRow(definition, raw);
    for (const rule of definition.rules) {
      if (rule.kind === 'at_most') {
        const limit = rule.right.reduce((sum, key) => sum + (cells[key] ?? 0), 0);
        if ((cells[rule.left] ?? 0) > limit) errors.push({ row, column: rule.left, message: rule.message });
      }
    }
  }
  return errors;
}

/** Adds forms up cell by cell: the superior's total of its children's approved forms. */
export function sumValues(definition: ReportDefinition, forms: readonly ReportValues[]): ReportValues {
  const out: ReportValues = {};
  for (const form of forms) {
    for (const [row, cells] of Object.entries(form)) {
      const target = (out[row] ??= {});
      for (const [column, value] of Object.entries(cells)) target[column] = (target[column] ?? 0) + value;
    }
  }
  return computeValues(definition, out);
}

// ---- Periods -----------------------------------------------------------------------------------------------------

export const PERIOD_KINDS = ['q1', 'q2', 'q3', 'q4', 'half_year', 'nine_months', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  q1: 'Quý I',
  q2: 'Quý II',
  q3: 'Quý III',
  q4: 'Quý IV',
  half_year: '6 tháng',
  nine_months: '9 tháng',
  year: 'Năm',
  custom: 'Tùy chọn',
};

/**
 * The usual data window of a period (domain §7): from the 15th of the month before the period to the 14th of its
 * last month, e.g. Q1 2026 is 15/12/2025 – 14/03/2026. Configurable per period: this is only the default.
 */
export function periodWindow(
  kind: Exclude<PeriodKind, 'custom'>,
  year: number,
): { from: string; to: string } {
  const endMonth = { q1: 3, q2: 6, q3: 9, q4: 12, half_year: 6, nine_months: 9, year: 12 }[kind];
  const startMonth = { q1: 0, q2: 3, q3: 6, q4: 9, half_year: 0, nine_months: 0, year: 0 }[kind];
  const pad = (n: number) => String(n).padStart(2, '0');
  const from = startMonth === 0 ? `${year - 1}-12-15` : `${year}-${pad(startMonth)}-15`;
  return { from, to: `${year}-${pad(endMonth)}-14` };
}

export const PERIOD_STATUSES = ['draft', 'issued', 'closed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];
export const PERIOD_STATUS_LABELS: Record<PeriodStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  closed: 'Đã đóng',
};

export const PeriodCreateSchema = z
  .object({
    name: textSchema(200, 5),
    kind: z.enum(PERIOD_KINDS),
    year: z.number().int().min(2000).max(2100),
    from: DateStringSchema,
    to: DateStringSchema,
    entryDeadline: DateStringSchema,
    templateIds: z.array(UuidSchema).min(1, 'Chọn ít nhất một biểu mẫu').max(10),
  })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu' })
  .refine((p) => p.entryDeadline >= p.to, {
    path: ['entryDeadline'],
    message: 'Hạn nhập số liệu phải sau ngày cuối của kỳ số liệu',
  });
export type PeriodCreate = z.input<typeof PeriodCreateSchema>;

// ---- One unit's form in a period ------------------------------------------------------------------------------------

export const REPORT_STATUSES = [
  'not_started',
  'in_entry',
  'awaiting_leader',
  'submitted',
  'accepted',
  'returned',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  not_started: 'Chưa nhập',
  in_entry: 'Đang nhập',
  awaiting_leader: 'Chờ lãnh đạo duyệt',
  submitted: 'Đã gửi cấp trên',
  accepted: 'Cấp trên đã duyệt',
  returned: 'Bị trả lại',
};

export const REPORT_ACTIONS = ['send_to_leader', 'approve', 'return_to_entry', 'accept', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];
export const REPORT_ACTION_LABELS: Record<ReportAction, string> = {
  send_to_leader: 'Gửi lãnh đạo',
  approve: 'Duyệt và gửi cấp trên',
  return_to_entry: 'Trả lại cán bộ nhập liệu',
  accept: 'Duyệt báo cáo cấp dưới',
  return: 'Trả lại đơn vị',
};

/** Who acts: the unit's entry account, its approval account, or the approval account of the unit above. */
export type ReportParty = 'entry' | 'leader' | 'superior';
export const REPORT_ACTION_RULES: Record<
  ReportAction,
  { from: readonly ReportStatus[]; party: ReportParty }
> = {
  send_to_leader: { from: ['not_started', 'in_entry', 'returned'], party: 'entry' },
  approve: { from: ['awaiting_leader'], party: 'leader' },
  return_to_entry: { from: ['awaiting_leader'], party: 'leader' },
  accept: { from: ['submitted'], party: 'superior' },
  return: { from: ['submitted', 'accepted'], party: 'superior' },
};

export function reportActions(status: ReportStatus, parties: readonly ReportParty[]): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => {
    const rule = REPORT_ACTION_RULES[a];
    return rule.from.includes(status) && parties.includes(rule.party);
  });
}

/** The entry account may type while the form is its own: not yet sent, or sent back. */
export function reportEditable(status: ReportStatus): boolean {
  return status === 'not_started' || status === 'in_entry' || status === 'returned';
}

export const ReportSaveSchema = z.object({ values: ReportValuesSchema, version: VersionSchema });
export const ReportActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('send_to_leader'), version: VersionSchema }),
  z.object({ action: z.literal('approve'), version: VersionSchema }),
  z.object({ action: z.literal('return_to_entry'), version: VersionSchema, reason: textSchema(2000, 5) }),
  z.object({ action: z.literal('accept'), version: VersionSchema }),
  z.object({ action: z.literal('return'), version: VersionSchema, reason: textSchema(2000, 5) }),
]);
export type ReportActionInput = z.input<typeof ReportActionSchema>;

// ---- The forms the system ships with -------------------------------------------------------------------------------

/** The system figures a column can be pre-filled from, computed from the dossiers and feedback of the window. */
export const REPORT_METRICS = [
  'received_online',
  'received_direct',
  'carried_over',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'pending_within',
  'pending_overdue',
  'feedback_received',
  'feedback_answered_on_time',
  'feedback_answered_late',
  'feedback_refused',
  'feedback_pending',
] as const;
export type ReportMetric = (typeof REPORT_METRICS)[number];

function column(
  key: string,
  label: string,
  group: string | null,
  extra: Partial<ReportColumn> = {},
): ReportColumn {
  return { key, label, group, sumOf: null, metric: null, ...extra };
}

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RESOLVED = 'Số hồ sơ đã giải quyết';
const PENDING = 'Số hồ sơ đang giải quyết';

/** Biểu 06/VPCP/KSTT "Tình hình, kết quả giải quyết TTHC": 13 columns with No. and the row's name. */
const DOSSIER_RESULTS: ReportDefinition = {
  rowSource: 'fields',
  columns: [
    column('received_total', 'Tổng số', RECEIVED, {
      sumOf: ['received_online', 'received_direct', 'carried_over'],
    }),
    column('received_online', 'Trực tuyến', RECEIVED, { metric: 'received_online' }),
    column('received_direct', 'Trực tiếp, dịch vụ bưu chính', RECEIVED, { metric: 'received_direct' }),
    column('carried_over', 'Từ kỳ trước chuyển qua', RECEIVED, { metric: 'carried_over' }),
    column('resolved_total', 'Tổng số', RESOLVED, {
      sumOf: ['resolved_early', 'resolved_on_time', 'resolved_late'],
    }),
    column('resolved_early', 'Trước hạn', RESOLVED, { metric: 'resolved_early' }),
    column('resolved_on_time', 'Đúng hạn', RESOLVED, { metric: 'resolved_on_time' }),
    column('resolved_late', 'Quá hạn', RESOLVED, { metric: 'resolved_late' }),
    column('pending_total', 'Tổng số', PENDING, { sumOf: ['pending_within', 'pending_overdue'] }),
    column('pending_within', 'Trong hạn', PENDING, { metric: 'pending_within' }),
    column('pending_overdue', 'Quá hạn', PENDING, { metric: 'pending_overdue' }),
  ],
  rules: [
    { kind: 'non_negative' },
    {
      kind: 'at_most',
      left: 'resolved_total',
      right: ['received_total'],
      message: 'Số đã giải quyết không được lớn hơn số nhận giải quyết (kể cả kỳ trước chuyển qua)',
    },
    {
      kind: 'at_most',
      left: 'pending_total',
      right: ['received_total'],
      message: 'Số đang giải quyết không được lớn hơn số nhận giải quyết',
    },
  ],
};

export const SHIPPED_REPORT_FORMS = [
  {
    code: '06/VPCP/KSTT',
    name: 'Tình hình, kết quả giải quyết thủ tục hành chính',
    definition: DOSSIER_RESULTS,
  },
  {
    code: 'II.06a',
    name: 'Tình hình, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
    definition: DOSSIER_RESULTS,
  },
  {
    code: 'II.07b',
    name: 'Số lượng thủ tục hành chính theo cấp và theo cơ chế một cửa, một cửa liên thông',
    definition: {
      rowSource: 'levels',
      columns: [
        column('total', 'Tổng số thủ tục', null, { sumOf: ['one_stop', 'interconnected', 'other'] }),
        column('one_stop', 'Theo cơ chế một cửa', null),
        column('interconnected', 'Theo cơ chế một cửa liên thông', null),
        column('other', 'Khác', null),
      ],
      rules: [{ kind: 'non_negative' }],
    },
  },
  {
    code: 'PAKN',
    name: 'Tổng hợp tình hình, kết quả xử lý phản ánh, kiến nghị',
    definition: {
      rowSource: 'units',
      columns: [
        column('received', 'Số phản ánh, kiến nghị tiếp nhận', null, { metric: 'feedback_received' }),
        column('answered_total', 'Tổng số đã xử lý', 'Đã xử lý', {
          sumOf: ['answered_on_time', 'answered_late', 'refused'],
        }),
        column('answered_on_time', 'Đúng hạn', 'Đã xử lý', { metric: 'feedback_answered_on_time' }),
        column('answered_late', 'Quá hạn', 'Đã xử lý', { metric: 'feedback_answered_late' }),
        column('refused', 'Từ chối, chuyển, trả lại', 'Đã xử lý', { metric: 'feedback_refused' }),
        column('pending', 'Đang xử lý', null, { metric: 'feedback_pending' }),
      ],
      rules: [
        { kind: 'non_negative' },
        {
          kind: 'at_most',
          left: 'answered_total',
          right: ['received'],
          message: 'Số đã xử lý không được lớn hơn số tiếp nhận',
        },
      ],
    },
  },
] as const satisfies readonly { code: string; name: string; definition: ReportDefinition }[];

// ---- Responses -------------------------------------------------------------------------------------------------------

export const ReportTemplateSchema = z
  .object({
    id: UuidSchema,
    code: z.string(),
    versionNo: z.number().int(),
    name: z.string(),
    definition: ReportDefinitionSchema,
  })
  .meta({ id: 'ReportTemplate' });
export type ReportTemplate = z.infer<typeof ReportTemplateSchema>;
export const ReportTemplateListSchema = z.object({ items: z.array(ReportTemplateSchema) });

export const PeriodSchema = z
  .object({
    id: UuidSchema,
    issuerUnit: z.object({ id: UuidSchema, name: z.string() }),
    name: z.string(),
    kind: z.enum(PERIOD_KINDS),
    year: z.number().int(),
    from: z.string(),
    to: z.string(),
    entryDeadline: z.string(),
    status: z.enum(PERIOD_STATUSES),
    templates: z.array(z.object({ id: UuidSchema, code: z.string(), name: z.string() })),
    version: z.number().int(),
  })
  .meta({ id: 'ReportPeriod' });
export type Period = z.infer<typeof PeriodSchema>;
export const PeriodListSchema = z.object({ items: z.array(PeriodSchema) });

export const ReportRowSchema = z.object({ key: z.string(), label: z.string() });

export const ReportFormSchema = z
  .object({
    id: UuidSchema.nullable().describe('null until the unit first saves'),
    period: PeriodSchema,
    template: ReportTemplateSchema,
    unit: z.object({ id: UuidSchema, name: z.string() }),
    status: z.enum(REPORT_STATUSES),
    rows: z.array(ReportRowSchema),
    /** The unit's own rows as entered (computed columns filled). */
    values: ReportValuesSchema,
    /** The figures the system computes for the unit's own rows from its dossiers and feedback in the window. */
    system: ReportValuesSchema,
    /** The children's accepted totals, summed. */
    children: ReportValuesSchema,
    /** Own rows plus the children: what goes up. */
    totals: ReportValuesSchema,
    missingChildren: z.array(z.object({ id: UuidSchema, name: z.string(), status: z.enum(REPORT_STATUSES) })),
    errors: z.array(z.object({ row: z.string(), column: z.string(), message: z.string() })),
    returnReason: z.string().nullable(),
    actions: z.array(z.enum(REPORT_ACTIONS)),
    editable: z.boolean(),
    /** The issuer may reopen this form (with a reason), also after the period closed. */
    canReopen: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'ReportForm' });
export type ReportForm = z.infer<typeof ReportFormSchema>;

export const BoardSchema = z
  .object({
    counts: z.record(z.enum(REPORT_STATUSES), z.number().int()),
    units: z.array(
      z.object({
        unit: z.object({ id: UuidSchema, name: z.string() }),
        template: z.object({ id: UuidSchema, code: z.string() }),
        status: z.enum(REPORT_STATUSES),
        submittedAt: z.string().nullable(),
        late: z.boolean().describe('Not sent up by the entry deadline'),
      }),
    ),
  })
  .meta({ id: 'ReportBoard' });
export type Board = z.infer<typeof BoardSchema>;

export const ReportFormParamsSchema = z.object({
  id: UuidSchema,
  unitId: UuidSchema,
  templateId: UuidSchema,
});

export const ReportHistorySchema = z
  .object({
    items: z.array(
      z.object({
        id: UuidSchema,
        action: z
          .string()
          .describe('save, send_to_leader, approve, return_to_entry, accept, return or reopen'),
        fromStatus: z.enum(REPORT_STATUSES).nullable(),
        toStatus: z.enum(REPORT_STATUSES).nullable(),
        actorName: z.string().nullable(),
        reason: z.string().nullable(),
        at: z.string(),
        /** The figures as approved or accepted at that moment (immutable). */
        snapshot: ReportValuesSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'ReportHistory' });
export type ReportHistory = z.infer<typeof ReportHistorySchema>;

export const REPORT_HISTORY_LABELS: Record<string, string> = {
  save: 'Lưu số liệu',
  reopen: 'Mở lại để sửa',
  ...REPORT_ACTION_LABELS,
};

export const ReportReopenSchema = z.object({ templateId: UuidSchema, reason: textSchema(2000, 5) });

export type CellChange = { row: string; column: string; before: number; after: number };

/** The cells that differ between two versions of a form (between two snapshots, or a snapshot and the entry). */
export function diffValues(before: ReportValues, after: ReportValues): CellChange[] {
  const changes: CellChange[] = [];
  const rows = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const row of rows) {
    const columns = new Set([...Object.keys(before[row] ?? {}), ...Object.keys(after[row] ?? {})]);
    for (const column of columns) {
      const a = before[row]?.[column] ?? 0;
      const b = after[row]?.[column] ?? 0;
      if (a !== b) changes.push({ row, column, before: a, after: b });
    }
  }
  return changes;
}

export const ReportTemplateCreateSchema = z.object({
  code: z.string().trim().min(2).max(40),
  name: textSchema(300, 5),
  definition: ReportDefinitionSchema,
});
