/**
 * Citizen feedback (phản ánh, kiến nghị — PAKN) on administrative rules and officials' conduct: submitted on the
 * portal without an account, tracked by its code, classified by the receiving agency (forwarded to a sub-unit,
 * transferred, returned or refused), answered by the handling unit and published with the sender's personal data
 * left out.
 */
import { z } from 'zod';
import {
  DateStringSchema,
  PageQuerySchema,
  pageSchema,
  paragraphsSchema,
  textSchema,
  UuidSchema,
  VersionSchema,
} from './common';

export const FEEDBACK_CATEGORIES = ['rules', 'conduct'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];
export const FEEDBACK_CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  rules: 'Quy định hành chính, chính sách, thủ tục hành chính',
  conduct: 'Hành vi hành chính của cán bộ, công chức',
};

export const FEEDBACK_STATUSES = [
  'new',
  'supplemented',
  'processing',
  'awaiting_approval',
  'awaiting_info',
  'answered',
  'published',
  'refused',
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'Chờ tiếp nhận',
  supplemented: 'Đã bổ sung thông tin',
  processing: 'Đang xử lý',
  awaiting_approval: 'Chờ lãnh đạo duyệt',
  awaiting_info: 'Chờ bổ sung thông tin',
  answered: 'Chờ công khai',
  published: 'Đã công khai',
  refused: 'Từ chối tiếp nhận',
};

/** The status groups of the national feedback system (domain §6): the agency's view of whose turn it is. */
export const FEEDBACK_STATUS_GROUPS = {
  intake: ['new', 'supplemented'],
  in_progress: ['processing', 'awaiting_approval'],
  done: ['answered', 'published', 'refused', 'awaiting_info'],
} as const satisfies Record<string, readonly FeedbackStatus[]>;
export const FEEDBACK_STATUS_GROUP_LABELS: Record<keyof typeof FEEDBACK_STATUS_GROUPS, string> = {
  intake: 'Chờ tiếp nhận',
  in_progress: 'Đang xử lý',
  done: 'Đã xử lý',
};

export const FEEDBACK_LIMITS = {
  contentChars: 3000,
  attachments: 5,
  attachmentBytes: 10 * 1024 * 1024,
} as const;

/**
 * Deadlines in working days (domain §6): refuse within 2 of submission or transfer; the first request for more
 * information within 5; handled (answer ready) within 15; published within 2 of the answer.
 */
export const FEEDBACK_DEADLINE_DAYS = { refuse: 2, info: 5, handle: 15, publish: 2 } as const;
export type FeedbackDeadlineKind = keyof typeof FEEDBACK_DEADLINE_DAYS;
export const FEEDBACK_DEADLINE_LABELS: Record<FeedbackDeadlineKind, string> = {
  refuse: 'Hạn từ chối tiếp nhận',
  info: 'Hạn đề nghị bổ sung thông tin',
  handle: 'Hạn xử lý',
  publish: 'Hạn công khai',
};
export const DEADLINE_STATES = ['open', 'due_soon', 'overdue', 'met', 'missed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Officers' actions; `party` is whose turn it is: the agency holding it, the lead handling unit or a coordinator. */
export const FEEDBACK_ACTIONS = [
  'forward',
  'transfer',
  'return',
  'refuse',
  'request_info',
  'opinion',
  'save_answer',
  'submit_answer',
  'approve',
  'reject_answer',
  'publish',
] as const;
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number];
export type FeedbackParty = 'receiving' | 'lead' | 'coordinating' | 'approver';
export const FEEDBACK_ACTION_RULES: Record<
  FeedbackAction,
  { from: readonly FeedbackStatus[]; party: FeedbackParty }
> = {
  forward: { from: ['new', 'supplemented'], party: 'receiving' },
  transfer: { from: ['new', 'supplemented'], party: 'receiving' },
  return: { from: ['new', 'supplemented'], party: 'receiving' },
  refuse: { from: ['new', 'supplemented'], party: 'receiving' },
  request_info: { from: ['new', 'supplemented', 'processing'], party: 'receiving' },
  opinion: { from: ['processing', 'awaiting_approval', 'awaiting_info'], party: 'coordinating' },
  save_answer: { from: ['processing'], party: 'lead' },
  submit_answer: { from: ['processing'], party: 'lead' },
  approve: { from: ['awaiting_approval'], party: 'approver' },
  reject_answer: { from: ['awaiting_approval'], party: 'approver' },
  publish: { from: ['answered'], party: 'lead' },
};
export const FEEDBACK_ACTION_LABELS: Record<FeedbackAction, string> = {
  forward: 'Chuyển xử lý',
  transfer: 'Chuyển cơ quan khác',
  return: 'Trả lại Văn phòng Chính phủ',
  refuse: 'Từ chối tiếp nhận',
  request_info: 'Đề nghị bổ sung thông tin',
  opinion: 'Góp ý kiến phối hợp',
  save_answer: 'Lưu dự thảo trả lời',
  submit_answer: 'Gửi trả lời',
  approve: 'Duyệt trả lời',
  reject_answer: 'Trả lại dự thảo',
  publish: 'Công khai trả lời',
};

/**
 * The actions open to an officer whose unit plays `parties` in a feedback. During processing the lead unit asks for
 * more information, not the agency that forwarded it.
 */
export function feedbackActions(status: FeedbackStatus, parties: readonly FeedbackParty[]): FeedbackAction[] {
  return FEEDBACK_ACTIONS.filter((action) => {
    const rule = FEEDBACK_ACTION_RULES[action];
    if (!rule.from.includes(status)) return false;
    if (action === 'request_info' && status === 'processing') return parties.includes('lead');
    if (rule.party === 'coordinating') return parties.includes('coordinating') || parties.includes('lead');
    return parties.includes(rule.party);
  });
}

/** What the history records: the officers' actions and the citizen's own steps. */
export const FEEDBACK_EVENTS = ['submitted', ...FEEDBACK_ACTIONS, 'supplemented', 'rated'] as const;
export type FeedbackEvent = (typeof FEEDBACK_EVENTS)[number];
export const FEEDBACK_EVENT_LABELS: Record<FeedbackEvent, string> = {
  submitted: 'Gửi phản ánh, kiến nghị',
  forward: 'Chuyển đơn vị xử lý',
  transfer: 'Chuyển cơ quan khác xử lý',
  return: 'Trả lại Văn phòng Chính phủ',
  refuse: 'Từ chối tiếp nhận',
  request_info: 'Đề nghị bổ sung thông tin',
  opinion: 'Ý kiến phối hợp',
  save_answer: 'Lưu dự thảo trả lời',
  submit_answer: 'Gửi trả lời',
  approve: 'Lãnh đạo duyệt trả lời',
  reject_answer: 'Lãnh đạo trả lại dự thảo',
  publish: 'Công khai trả lời',
  supplemented: 'Công dân bổ sung thông tin',
  rated: 'Công dân đánh giá trả lời',
};
/** Steps the sender sees when tracking; internal drafts, opinions and approvals stay inside the agencies. */
export const PUBLIC_FEEDBACK_EVENTS: readonly FeedbackEvent[] = [
  'submitted',
  'forward',
  'transfer',
  'return',
  'refuse',
  'request_info',
  'supplemented',
  'publish',
  'rated',
];

export const FEEDBACK_RATINGS = ['like', 'dislike'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];
export const FEEDBACK_RATING_LABELS: Record<FeedbackRating, string> = {
  like: 'Hài lòng',
  dislike: 'Không hài lòng',
};

/** Mã PAKN: `PA-` and 10 characters of Crockford base32, e.g. `PA-7K3QX9MD2F`; hard to guess, easy to read out. */
export const FeedbackCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^PA-[0-9A-HJKMNP-TV-Z]{10}$/, 'Mã phản ánh không đúng (dạng PA-XXXXXXXXXX)');
export const FeedbackCodeParamsSchema = z.object({ code: FeedbackCodeSchema });

/** Hides e-mail addresses, phone numbers and ID numbers a sender typed into text that will be published. */
export function maskPersonalData(text: string): string {
  return text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[đã ẩn]')
    .replace(/(?<!\d)(?:\+84|0)(?:[\s.-]?\d){9,10}(?!\d)/g, '[đã ẩn]')
    .replace(/(?<!\d)\d{9}(?:\d{3})?(?!\d)/g, '[đã ẩn]');
}

/** A deadline and how it stands: `met`/`missed` once done, otherwise against the clock. */
export function deadlineState(
  dueAt: Date,
  doneAt: Date | null,
  now: Date,
  soonMs = 86_400_000,
): DeadlineState {
  if (doneAt) return doneAt <= dueAt ? 'met' : 'missed';
  if (now > dueAt) return 'overdue';
  return dueAt.getTime() - now.getTime() <= soonMs ? 'due_soon' : 'open';
}

// ---- Citizen side ----------------------------------------------------------------------------------------------

/** A proof-of-work captcha (ALTCHA): the base64 payload the widget produces for `GET /public/captcha`'s challenge. */
export const CaptchaSchema = z.string().min(1, 'Hãy xác nhận bạn không phải máy').max(4000);

const SenderSchema = z
  .object({
    fullName: textSchema(120, 2),
    email: z
      .email('Email không hợp lệ')
      .max(254)
      .transform((v) => v.toLowerCase())
      .nullable()
      .default(null),
    phone: z
      .string()
      .trim()
      .regex(/^(0|\+84)(3|5|7|8|9)\d{8}$/, 'Số điện thoại di động không hợp lệ')
      .transform((v) => v.replace(/^\+84/, '0'))
      .nullable()
      .default(null),
    address: z.string().trim().max(300).nullable().default(null),
  })
  // On the sender (not the whole form) so that it is reported together with the other fields' errors.
  .refine((sender) => sender.email || sender.phone, {
    path: ['email'],
    message: 'Cần email hoặc số điện thoại để nhận thông báo',
  });

/** Upload tokens from `POST /public/feedback/attachments`. */
const AttachmentTokensSchema = z
  .array(UuidSchema)
  .max(FEEDBACK_LIMITS.attachments, `Tối đa ${FEEDBACK_LIMITS.attachments} tệp đính kèm`)
  .default([]);

export const FeedbackSubmitSchema = z.object({
  unitId: UuidSchema.describe('The agency the feedback is sent to (GET /public/feedback/agencies)'),
  category: z.enum(FEEDBACK_CATEGORIES, 'Chọn nhóm phản ánh'),
  title: textSchema(200, 5),
  content: paragraphsSchema(FEEDBACK_LIMITS.contentChars, 20),
  procedureCode: z.string().trim().max(30).nullable().default(null),
  dossierCode: z.string().trim().max(40).nullable().default(null),
  sender: SenderSchema,
  consent: z.literal(true, 'Cần đồng ý để cơ quan dùng thông tin liên hệ khi xử lý'),
  attachments: AttachmentTokensSchema,
  captcha: CaptchaSchema,
});
export type FeedbackSubmit = z.input<typeof FeedbackSubmitSchema>;

export const FeedbackReceiptSchema = z
  .object({
    code: z.string(),
    accessKey: z
      .string()
      .describe('Shown once: with the code it lets the sender add information and rate the answer'),
  })
  .meta({ id: 'FeedbackReceipt' });
export type FeedbackReceipt = z.infer<typeof FeedbackReceiptSchema>;

export const FeedbackUploadSchema = z.object({
  token: UuidSchema,
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
});
export type FeedbackUpload = z.infer<typeof FeedbackUploadSchema>;

export const AccessKeySchema = z.string().trim().min(16, 'Mã truy cập không đúng').max(100);

export const FeedbackSupplementSchema = z.object({
  accessKey: AccessKeySchema,
  content: paragraphsSchema(FEEDBACK_LIMITS.contentChars, 5),
  attachments: AttachmentTokensSchema,
});
export type FeedbackSupplement = z.input<typeof FeedbackSupplementSchema>;

export const FeedbackRateSchema = z.object({
  accessKey: AccessKeySchema,
  rating: z.enum(FEEDBACK_RATINGS, 'Chọn hài lòng hoặc không hài lòng'),
});
export type FeedbackRate = z.input<typeof FeedbackRateSchema>;

export const FeedbackAgencySchema = z.object({ id: UuidSchema, name: z.string(), level: z.string() });
export const FeedbackAgencyListSchema = z.object({ items: z.array(FeedbackAgencySchema) });
export type FeedbackAgency = z.infer<typeof FeedbackAgencySchema>;

const FileRefSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
});
export type FeedbackFileRef = z.infer<typeof FileRefSchema>;

const AnswerSchema = z.object({
  text: z.string(),
  unitName: z.string(),
  publishedAt: z.string(),
  /** Download with GET /public/feedback/{code}/answer-document. */
  document: FileRefSchema.nullable(),
});

export const FeedbackTimelineEntrySchema = z.object({
  event: z.enum(FEEDBACK_EVENTS),
  at: z.string(),
  unitName: z.string().nullable(),
  /** Said to the sender: what information is missing, why it was refused, where it went. */
  note: z.string().nullable(),
});

/** What anyone holding the code sees: where the feedback stands; the content and answer once published. */
export const FeedbackTrackingSchema = z
  .object({
    code: z.string(),
    category: z.enum(FEEDBACK_CATEGORIES),
    title: z.string(),
    status: z.enum(FEEDBACK_STATUSES),
    unitName: z.string().describe('The agency that holds it now'),
    submittedAt: z.string(),
    /** The question the agency asks, while it waits for the sender. */
    infoRequest: z.string().nullable(),
    refusalReason: z.string().nullable(),
    content: z.string().nullable().describe('Published feedback only, personal data hidden'),
    answer: AnswerSchema.nullable(),
    rating: z.enum(FEEDBACK_RATINGS).nullable(),
    timeline: z.array(FeedbackTimelineEntrySchema),
  })
  .meta({ id: 'FeedbackTracking' });
export type FeedbackTracking = z.infer<typeof FeedbackTrackingSchema>;

export const PublishedFeedbackSchema = z
  .object({
    code: z.string(),
    category: z.enum(FEEDBACK_CATEGORIES),
    title: z.string(),
    content: z.string(),
    submittedAt: z.string(),
    answer: AnswerSchema,
    rating: z.enum(FEEDBACK_RATINGS).nullable(),
  })
  .meta({ id: 'PublishedFeedback' });
export type PublishedFeedback = z.infer<typeof PublishedFeedbackSchema>;
export const PublishedFeedbackPageSchema = pageSchema(PublishedFeedbackSchema);

export const PublishedFeedbackQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words of the feedback or its answer; diacritics ignored'),
  category: z.enum(FEEDBACK_CATEGORIES).optional(),
});

// ---- Agency side -----------------------------------------------------------------------------------------------

export const FEEDBACK_BOXES = ['intake', 'handling', 'all'] as const;
export type FeedbackBox = (typeof FEEDBACK_BOXES)[number];
export const FEEDBACK_BOX_LABELS: Record<FeedbackBox, string> = {
  intake: 'Chờ tiếp nhận, phân loại',
  handling: 'Được giao xử lý',
  all: 'Tất cả',
};

export const FeedbackQuerySchema = PageQuerySchema.extend({
  box: z.enum(FEEDBACK_BOXES).default('intake'),
  status: z.enum(FEEDBACK_STATUSES).optional(),
  category: z.enum(FEEDBACK_CATEGORIES).optional(),
  q: z.string().trim().max(200).optional().describe('Code, title or content; diacritics ignored'),
});
export type FeedbackQuery = z.input<typeof FeedbackQuerySchema>;

export const FeedbackDeadlineSchema = z.object({
  kind: z.enum(['refuse', 'info', 'handle', 'publish']),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  state: z.enum(DEADLINE_STATES),
});
export type FeedbackDeadline = z.infer<typeof FeedbackDeadlineSchema>;

const UnitRefSchema = z.object({ id: UuidSchema, name: z.string() });

export const FeedbackSummarySchema = z
  .object({
    id: UuidSchema,
    code: z.string(),
    category: z.enum(FEEDBACK_CATEGORIES),
    title: z.string(),
    status: z.enum(FEEDBACK_STATUSES),
    receivingUnit: UnitRefSchema,
    handlingUnit: UnitRefSchema.nullable(),
    submittedAt: z.string(),
    /** The nearest deadline still running, for the countdown in the queue. */
    nextDeadline: FeedbackDeadlineSchema.nullable(),
  })
  .meta({ id: 'FeedbackSummary' });
export type FeedbackSummary = z.infer<typeof FeedbackSummarySchema>;
export const FeedbackPageSchema = pageSchema(FeedbackSummarySchema);

export const FeedbackEventSchema = z.object({
  id: UuidSchema,
  event: z.enum(FEEDBACK_EVENTS),
  at: z.string(),
  unitName: z.string().nullable(),
  actorName: z.string().nullable().describe('null for the citizen'),
  comment: z.string().nullable(),
  fromStatus: z.enum(FEEDBACK_STATUSES).nullable(),
  toStatus: z.enum(FEEDBACK_STATUSES).nullable(),
});
export type FeedbackEventEntry = z.infer<typeof FeedbackEventSchema>;

export const FeedbackDetailSchema = FeedbackSummarySchema.extend({
  content: z.string(),
  procedureCode: z.string().nullable(),
  dossierCode: z.string().nullable(),
  sender: z.object({
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  coordinatingUnits: z.array(UnitRefSchema),
  /** The sender's files, with those added on request (`kind: supplement`). */
  files: z.array(FileRefSchema.extend({ kind: z.enum(['citizen', 'supplement']), createdAt: z.string() })),
  infoRequest: z.string().nullable(),
  refusalReason: z.string().nullable(),
  answer: z.string().nullable(),
  answerDocument: FileRefSchema.nullable(),
  answeredByName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  rating: z.enum(FEEDBACK_RATINGS).nullable(),
  /** Whether the handling unit's answers go to its leader before they are sent. */
  approvalRequired: z.boolean(),
  deadlines: z.array(FeedbackDeadlineSchema),
  events: z.array(FeedbackEventSchema),
  /** What the signed-in officer may do now. */
  actions: z.array(z.enum(FEEDBACK_ACTIONS)),
  version: z.number().int(),
}).meta({ id: 'FeedbackDetail' });
export type FeedbackDetail = z.infer<typeof FeedbackDetailSchema>;

const comment = z.string().trim().max(2000).nullable().default(null);
const requiredReason = textSchema(2000, 5);

export const FeedbackActionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('forward'),
    version: VersionSchema,
    /** The lead unit (đơn vị chủ trì): the agency itself ("handled directly") or a unit under it. */
    leadUnitId: UuidSchema,
    /** Units that contribute an opinion (đơn vị phối hợp). */
    coordinatingUnitIds: z.array(UuidSchema).max(10).default([]),
    comment,
  }),
  z.object({
    action: z.literal('transfer'),
    version: VersionSchema,
    unitId: UuidSchema,
    comment: requiredReason,
  }),
  z.object({ action: z.literal('return'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('refuse'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('request_info'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('opinion'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('save_answer'), version: VersionSchema, answer: paragraphsSchema(10_000, 1) }),
  z.object({
    action: z.literal('submit_answer'),
    version: VersionSchema,
    answer: paragraphsSchema(10_000, 20),
    comment,
  }),
  z.object({ action: z.literal('approve'), version: VersionSchema, comment }),
  z.object({ action: z.literal('reject_answer'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('publish'), version: VersionSchema, comment }),
]);
export type FeedbackActionInput = z.input<typeof FeedbackActionSchema>;

/** Units an officer may send a feedback to: forward within the agency, transfer outside it. */
export const FeedbackTargetsSchema = z.object({
  forward: z.array(UnitRefSchema),
  transfer: z.array(UnitRefSchema),
});
export type FeedbackTargets = z.infer<typeof FeedbackTargetsSchema>;

export const FeedbackStatisticsQuerySchema = z
  .object({
    from: DateStringSchema.describe('Submitted on or after (Vietnam date)'),
    to: DateStringSchema.describe('Submitted on or before'),
  })
  .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu phải trước ngày kết thúc', path: ['to'] });
export type FeedbackStatisticsQuery = z.infer<typeof FeedbackStatisticsQuerySchema>;

const CountSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const FeedbackStatisticsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    total: z.number().int(),
    byStatus: z.array(CountSchema),
    byCategory: z.array(CountSchema),
    byUnit: z.array(
      z.object({
        unitId: UuidSchema,
        unitName: z.string(),
        received: z.number().int(),
        answered: z.number().int(),
        onTime: z.number().int(),
        late: z.number().int().describe('Answered after the deadline, or not answered and past it'),
      }),
    ),
    byMonth: z.array(
      z.object({ month: z.string(), received: z.number().int(), published: z.number().int() }),
    ),
    /** Answered within 15 working days, of those answered; null when none was answered. */
    onTimeRate: z.number().nullable(),
    satisfaction: z.object({
      likes: z.number().int(),
      dislikes: z.number().int(),
      rate: z.number().nullable(),
    }),
  })
  .meta({ id: 'FeedbackStatistics' });
export type FeedbackStatistics = z.infer<typeof FeedbackStatisticsSchema>;
