import { z } from 'zod';
import { addDays, isWorkingDay, vnDate, vnInstant, type WorkCalendar } from './calendar';
import { DateStringSchema, PageQuerySchema, pageSchema, textSchema, UuidSchema } from './common';
import { DOSSIER_STATES, ON_TIME_RESULTS } from './dossiers';
import { FEEDBACK_STATUSES } from './feedback';
import { CHANNELS, ProcedureCodeSchema } from './procedures';
import { UNIT_LEVELS } from './units';

/**
 * The dossier criteria a report can show as columns (the custom report builder offers them all; each standard list
 * report is a fixed choice of them).
 */
export const CRITERIA = [
  'code',
  'procedure_code',
  'procedure_name',
  'field',
  'case_name',
  'applicant_name',
  'applicant_id_number',
  'applicant_address',
  'applicant_phone',
  'channel',
  'receiving_unit',
  'current_unit',
  'received_at',
  'due_at',
  'finished_at',
  'returned_at',
  'state',
  'current_step',
  'handler',
  'days_taken',
  'result',
  'fee_vnd',
  'paid',
  'paid_at',
  'supplement_count',
  'extended',
  'result_method',
  'refusal_reason',
  'satisfaction',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CELL_KINDS = ['text', 'number', 'date', 'datetime', 'percent', 'boolean'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export const CRITERION_INFO: Record<Criterion, { label: string; kind: CellKind }> = {
  code: { label: 'Mã hồ sơ', kind: 'text' },
  procedure_code: { label: 'Mã thủ tục', kind: 'text' },
  procedure_name: { label: 'Thủ tục hành chính', kind: 'text' },
  field: { label: 'Lĩnh vực', kind: 'text' },
  case_name: { label: 'Trường hợp', kind: 'text' },
  applicant_name: { label: 'Người nộp', kind: 'text' },
  applicant_id_number: { label: 'Số định danh', kind: 'text' },
  applicant_address: { label: 'Địa chỉ', kind: 'text' },
  applicant_phone: { label: 'Điện thoại', kind: 'text' },
  channel: { label: 'Kênh nộp', kind: 'text' },
  receiving_unit: { label: 'Đơn vị tiếp nhận', kind: 'text' },
  current_unit: { label: 'Đơn vị đang giữ', kind: 'text' },
  received_at: { label: 'Ngày tiếp nhận', kind: 'datetime' },
  due_at: { label: 'Ngày hẹn trả', kind: 'datetime' },
  finished_at: { label: 'Ngày có kết quả', kind: 'datetime' },
  returned_at: { label: 'Ngày trả kết quả', kind: 'datetime' },
  state: { label: 'Trạng thái', kind: 'text' },
  current_step: { label: 'Bước đang xử lý', kind: 'text' },
  handler: { label: 'Cán bộ xử lý', kind: 'text' },
  days_taken: { label: 'Số ngày làm việc đã dùng', kind: 'number' },
  result: { label: 'Kết quả đúng hạn', kind: 'text' },
  fee_vnd: { label: 'Phí, lệ phí (đồng)', kind: 'number' },
  paid: { label: 'Đã nộp phí', kind: 'boolean' },
  paid_at: { label: 'Ngày nộp phí', kind: 'datetime' },
  supplement_count: { label: 'Số lần bổ sung', kind: 'number' },
  extended: { label: 'Đã gia hạn', kind: 'boolean' },
  result_method: { label: 'Hình thức nhận kết quả', kind: 'text' },
  refusal_reason: { label: 'Lý do từ chối', kind: 'text' },
  satisfaction: { label: 'Đánh giá của người dân', kind: 'text' },
};

/** What a grouped report groups the dossiers by. */
export const GROUP_BYS = [
  'receiving_unit',
  'current_unit',
  'procedure',
  'field',
  'channel',
  'state',
  'result',
  'handler',
  'month',
] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export const GROUP_BY_LABELS: Record<GroupBy, string> = {
  receiving_unit: 'Đơn vị tiếp nhận',
  current_unit: 'Đơn vị đang giữ',
  procedure: 'Thủ tục',
  field: 'Lĩnh vực',
  channel: 'Kênh nộp',
  state: 'Trạng thái',
  result: 'Kết quả đúng hạn',
  handler: 'Cán bộ xử lý',
  month: 'Tháng tiếp nhận',
};

/** The columns of a grouped report, after the group: counts and the on-time share of the group's dossiers. */
export const GROUP_COLUMNS = {
  count: { label: 'Tổng số hồ sơ', kind: 'number' },
  resolved: { label: 'Đã giải quyết', kind: 'number' },
  early: { label: 'Trước hạn', kind: 'number' },
  on_time: { label: 'Đúng hạn', kind: 'number' },
  late: { label: 'Quá hạn', kind: 'number' },
  on_time_share: { label: 'Tỷ lệ đúng hạn', kind: 'percent' },
  overdue_open: { label: 'Đang quá hạn', kind: 'number' },
  online: { label: 'Trực tuyến', kind: 'number' },
  fee_vnd: { label: 'Phí, lệ phí (đồng)', kind: 'number' },
} as const satisfies Record<string, { label: string; kind: CellKind }>;

/** The citizen's rating of a dossier, as a filter. */
export const RATING_FILTERS = ['satisfied', 'unsatisfied'] as const;
export type RatingFilter = (typeof RATING_FILTERS)[number];
export const RATING_FILTER_LABELS: Record<RatingFilter, string> = {
  satisfied: 'Hài lòng',
  unsatisfied: 'Chưa hài lòng',
};

export const DATE_FIELDS = ['received', 'finished', 'returned'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export const DATE_FIELD_LABELS: Record<DateField, string> = {
  received: 'Ngày tiếp nhận',
  finished: 'Ngày có kết quả',
  returned: 'Ngày trả kết quả',
};

/**
 * Which dossiers a report covers. The scope is the unit's subtree (the officer's own unit when absent); a unit
 * outside the officer's reach is refused. The date range applies to the chosen date and is inclusive.
 */
export const StatisticsFilterSchema = z
  .object({
    unitId: UuidSchema.optional(),
    /** Exactly this receiving unit, or the unit holding the dossier now (a drill-down from a unit's row). */
    receivingUnitId: UuidSchema.optional(),
    currentUnitId: UuidSchema.optional(),
    dateField: z.enum(DATE_FIELDS).default('received'),
    from: DateStringSchema.optional(),
    to: DateStringSchema.optional(),
    states: z.array(z.enum(DOSSIER_STATES)).max(DOSSIER_STATES.length).optional(),
    channel: z.enum(CHANNELS).optional(),
    procedureCode: ProcedureCodeSchema.optional(),
    field: z.string().trim().min(1).max(200).optional(),
    result: z.enum(ON_TIME_RESULTS).optional(),
    /** Open dossiers past their appointment today. */
    overdue: z.boolean().optional(),
    handlerId: UuidSchema.optional(),
    rating: z.enum(RATING_FILTERS).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'Ngày bắt đầu phải trước ngày kết thúc',
    path: ['to'],
  });
export type StatisticsFilter = z.infer<typeof StatisticsFilterSchema>;
export type StatisticsFilterInput = z.input<typeof StatisticsFilterSchema>;

export const CUSTOM_REPORT_LIMITS = { columns: 30 } as const;

/** A custom report: the columns, the dossiers it covers, and an optional grouping (then one row per group). */
export const CustomReportSchema = z.object({
  columns: z
    .array(z.enum(CRITERIA))
    .min(1, 'Chọn ít nhất một tiêu chí')
    .max(CUSTOM_REPORT_LIMITS.columns)
    .refine((c) => new Set(c).size === c.length, 'Mỗi tiêu chí chỉ chọn một lần'),
  filter: StatisticsFilterSchema.default({ dateField: 'received' }),
  groupBy: z.enum(GROUP_BYS).nullable().default(null),
});
export type CustomReport = z.infer<typeof CustomReportSchema>;
export type CustomReportInput = z.input<typeof CustomReportSchema>;

/** The 16 standard one-stop reports. List reports show dossiers; summary reports show one row per unit or officer. */
export const STANDARD_REPORTS = [
  'received_direct',
  'received_online',
  'returned',
  'waiting_return',
  'refused',
  'withdrawn',
  'processing',
  'paused',
  'waiting_online_intake',
  'waiting_handover',
  'waiting_payment',
  'unit_summary',
  'unit_yearly',
  'satisfaction_by_unit',
  'satisfaction_yearly',
  'officer_evaluation',
] as const;
export type StandardReport = (typeof STANDARD_REPORTS)[number];

export type StandardReportInfo = {
  title: string;
  kind: 'list' | 'summary';
  /** For list reports: the columns shown. */
  columns?: readonly Criterion[];
  /** Summary reports over a year take the year of `from` (or the current year) and show one column per month. */
  yearly?: boolean;
};

const LIST_COLUMNS = [
  'code',
  'procedure_name',
  'applicant_name',
  'channel',
  'receiving_unit',
  'received_at',
  'due_at',
] as const satisfies readonly Criterion[];

export const STANDARD_REPORT_INFO: Record<StandardReport, StandardReportInfo> = {
  received_direct: { title: 'Hồ sơ tiếp nhận trực tiếp', kind: 'list', columns: [...LIST_COLUMNS, 'state'] },
  received_online: { title: 'Hồ sơ tiếp nhận trực tuyến', kind: 'list', columns: [...LIST_COLUMNS, 'state'] },
  returned: {
    title: 'Hồ sơ đã trả kết quả',
    kind: 'list',
    columns: [...LIST_COLUMNS, 'finished_at', 'returned_at', 'result', 'result_method'],
  },
  waiting_return: {
    title: 'Hồ sơ đã giải quyết, chờ trả kết quả',
    kind: 'list',
    columns: [...LIST_COLUMNS, 'finished_at', 'result', 'result_method'],
  },
  refused: { title: 'Hồ sơ từ chối (kèm lý do)', kind: 'list', columns: [...LIST_COLUMNS, 'refusal_reason'] },
  withdrawn: { title: 'Hồ sơ rút', kind: 'list', columns: [...LIST_COLUMNS, 'finished_at'] },
  processing: {
    title: 'Hồ sơ đang xử lý',
    kind: 'list',
    columns: [...LIST_COLUMNS, 'current_unit', 'current_step', 'handler', 'state'],
  },
  paused: {
    title: 'Hồ sơ tạm dừng chờ bổ sung',
    kind: 'list',
    columns: [...LIST_COLUMNS, 'supplement_count', 'applicant_phone'],
  },
  waiting_online_intake: {
    title: 'Hồ sơ chờ tiếp nhận trực tuyến',
    kind: 'list',
    columns: ['code', 'procedure_name', 'applicant_name', 'receiving_unit', 'applicant_phone'],
  },
  waiting_handover: { title: 'Hồ sơ chờ bàn giao', kind: 'list', columns: [...LIST_COLUMNS, 'handler'] },
  waiting_payment: {
    title: 'Hồ sơ chờ thanh toán phí, lệ phí',
    kind: 'list',
    columns: [...LIST_COLUMNS, 'fee_vnd', 'applicant_phone'],
  },
  unit_summary: { title: 'Tổng hợp tình hình giải quyết theo đơn vị', kind: 'summary' },
  unit_yearly: { title: 'Tổng hợp giải quyết theo đơn vị trong năm', kind: 'summary', yearly: true },
  satisfaction_by_unit: { title: 'Mức độ hài lòng theo đơn vị', kind: 'summary' },
  satisfaction_yearly: { title: 'Mức độ hài lòng theo đơn vị trong năm', kind: 'summary', yearly: true },
  officer_evaluation: { title: 'Tổng hợp đánh giá cán bộ', kind: 'summary' },
};

export const StandardReportParamsSchema = z.object({ report: z.enum(STANDARD_REPORTS) });

/** Running a standard report: the filter, an optional grouping (list reports only: by unit, procedure or field). */
export const StandardReportRunSchema = z.strictObject({
  filter: StatisticsFilterSchema.default({ dateField: 'received' }),
  groupBy: z.enum(['receiving_unit', 'procedure', 'field']).nullable().default(null),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type StandardReportRun = z.input<typeof StandardReportRunSchema>;

export const CustomReportRunSchema = z.object({
  definition: CustomReportSchema,
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type CustomReportRun = z.input<typeof CustomReportRunSchema>;

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Cell = z.infer<typeof CellSchema>;

export const TableColumnSchema = z.object({ key: z.string(), label: z.string(), kind: z.enum(CELL_KINDS) });
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * Every report answers with the same table: its columns, a page of rows, and for each row either the dossier it
 * shows (to open it) or the filter of the dossiers behind the row's numbers (to drill down).
 */
export const StatisticsTableSchema = z.object({
  title: z.string(),
  columns: z.array(TableColumnSchema),
  rows: z.array(
    z.object({
      cells: z.record(z.string(), CellSchema),
      dossierId: UuidSchema.optional(),
      drill: StatisticsFilterSchema.optional(),
    }),
  ),
  /** The sums of the numeric columns over all rows (not only this page), where summing makes sense. */
  totals: z.record(z.string(), CellSchema).nullable(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StatisticsTable = z.infer<typeof StatisticsTableSchema>;

/** A custom report saved by an officer, private to them. */
export const SavedReportInputSchema = z.object({
  name: textSchema(200),
  definition: CustomReportSchema,
});
export type SavedReportInput = z.input<typeof SavedReportInputSchema>;
export const SavedReportUpdateSchema = SavedReportInputSchema.extend({ version: z.number().int().min(1) });

export const SavedReportSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  definition: CustomReportSchema,
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SavedReport = z.infer<typeof SavedReportSchema>;
export const SavedReportListSchema = z.object({ items: z.array(SavedReportSchema) });

export const EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];
/** A PDF is for reading and printing; longer reports go to Excel. */
export const PDF_EXPORT_MAX_ROWS = 5000;

export const ExportRequestSchema = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('standard'),
      report: z.enum(STANDARD_REPORTS),
      filter: StatisticsFilterSchema.default({ dateField: 'received' }),
      groupBy: StandardReportRunSchema.shape.groupBy,
    }),
    z.object({ kind: z.literal('custom'), name: textSchema(200), definition: CustomReportSchema }),
  ]),
  format: z.enum(EXPORT_FORMATS),
});
export type ExportRequest = z.input<typeof ExportRequestSchema>;

/** A background export: its progress while it runs, then the file to download. */
export const ExportJobSchema = z.object({
  id: UuidSchema,
  title: z.string(),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES),
  processed: z.number().int(),
  total: z.number().int().nullable(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;
export const ExportJobListSchema = z.object({ items: z.array(ExportJobSchema) });

const windowShape = { from: DateStringSchema.optional(), to: DateStringSchema.optional() };
const windowInOrder = (f: { from?: string | undefined; to?: string | undefined }) =>
  !f.from || !f.to || f.from <= f.to;
const windowError = { message: 'Ngày bắt đầu phải trước ngày kết thúc', path: ['to'] };

export const StatisticsScopeQuerySchema = z
  .object({ unitId: UuidSchema.optional(), ...windowShape })
  .refine(windowInOrder, windowError);
export const WindowQuerySchema = z.object(windowShape).refine(windowInOrder, windowError);
export const IndicatorQuerySchema = PageQuerySchema.extend(windowShape).refine(windowInOrder, windowError);
export type StatisticsScopeQuery = z.input<typeof StatisticsScopeQuerySchema>;

const CountSchema = z.object({ count: z.number().int(), drill: StatisticsFilterSchema });

/**
 * The leaders' dashboard for a unit's subtree and a window of received dates. Every number carries the filter of
 * the dossiers behind it, so that a chart drills down to them.
 */
export const DashboardSchema = z.object({
  unit: z.object({ id: UuidSchema, name: z.string() }),
  from: DateStringSchema,
  to: DateStringSchema,
  byState: z.array(CountSchema.extend({ state: z.enum(DOSSIER_STATES) })),
  onTimeByMonth: z.array(
    z.object({
      month: z.string(),
      early: CountSchema,
      onTime: CountSchema,
      late: CountSchema,
      rate: z.number().nullable(),
    }),
  ),
  overdueByUnit: z.array(CountSchema.extend({ unitId: UuidSchema, unitName: z.string() })),
  online: z.object({ online: CountSchema, total: CountSchema, share: z.number().nullable() }),
  satisfaction: z.object({
    rated: z.number().int(),
    satisfied: z.number().int(),
    share: z.number().nullable(),
    /** The dossiers rated unsatisfied, to read why. */
    unsatisfied: CountSchema,
  }),
  feedbackByStatus: z.array(z.object({ status: z.enum(FEEDBACK_STATUSES), count: z.number().int() })),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** The agencies' public scoreboard on the portal: results, not people. */
export const ScoreboardQuerySchema = z.object({
  provinceId: UuidSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const ScoreboardSchema = z.object({
  year: z.number().int(),
  provinces: z.array(z.object({ id: UuidSchema, name: z.string() })),
  provinceId: UuidSchema.nullable(),
  items: z.array(
    z.object({
      unitId: UuidSchema,
      unitName: z.string(),
      level: z.enum(UNIT_LEVELS),
      resolved: z.number().int(),
      onTimeShare: z.number().nullable(),
      averageDays: z.number().nullable(),
      rated: z.number().int(),
      satisfiedShare: z.number().nullable(),
    }),
  ),
});
export type Scoreboard = z.infer<typeof ScoreboardSchema>;

export const StatisticsItemPageSchema = pageSchema(
  z.object({
    kind: z.enum(['dossier', 'feedback', 'procedure']),
    id: z.string(),
    code: z.string(),
    title: z.string(),
    unitName: z.string().nullable(),
    reason: z.string(),
  }),
);
export type StatisticsItemPage = z.infer<typeof StatisticsItemPageSchema>;

/**
 * Working days a dossier took: the working days after the day of receipt up to the day of the result, leaving out
 * the days its clock stood still waiting for the applicant's supplement.
 */
export function workingDaysTaken(
  calendar: WorkCalendar,
  receivedAt: Date,
  finishedAt: Date,
  pauses: readonly { from: string; to: string | null }[] = [],
): number {
  const last = vnDate(finishedAt);
  let days = 0;
  for (let day = addDays(vnDate(receivedAt), 1); day <= last; day = addDays(day, 1)) {
    if (!isWorkingDay(calendar, day)) continue;
    const noon = vnInstant(day, 12 * 60).toISOString();
    if (pauses.some((p) => p.from <= noon && (p.to === null || p.to > noon))) continue;
    days += 1;
  }
  return days;
}
