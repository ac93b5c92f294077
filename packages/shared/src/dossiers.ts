/**
 * The dossier lifecycle (domain.md §4): states, the actions each state allows and who may take them, and the
 * contract of the dossier endpoints. The API enforces `allowedActions`; the SPAs use it to show the buttons.
 */
import { z } from 'zod';
import { ExplanationLineSchema, TIME_UNITS } from './calendar';
import {
  DateStringSchema,
  EmailSchema,
  PageQuerySchema,
  PersonalIdSchema,
  PhoneSchema,
  textSchema,
  VersionSchema,
} from './common';
import { CHANNELS, ProcedureCodeSchema } from './procedures';
import type { Role } from './roles';

export const DOSSIER_STATES = [
  'waiting_online_intake',
  'received',
  'assigning',
  'processing',
  'reviewing',
  'waiting_signature',
  'waiting_return',
  'waiting_supplement',
  'returned',
  'refused',
  'stopped',
  'withdrawn',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_STATE_LABELS: Record<DossierState, string> = {
  waiting_online_intake: 'Chờ tiếp nhận trực tuyến',
  received: 'Đã tiếp nhận, chờ chuyển xử lý',
  assigning: 'Chờ phân công',
  processing: 'Đang xử lý',
  reviewing: 'Chờ lãnh đạo phòng xem xét',
  waiting_signature: 'Chờ ký duyệt',
  waiting_return: 'Đã có kết quả, chờ trả',
  waiting_supplement: 'Chờ bổ sung hồ sơ',
  returned: 'Đã trả kết quả',
  refused: 'Từ chối',
  stopped: 'Dừng xử lý',
  withdrawn: 'Đã rút hồ sơ',
};

export const CLOSED_STATES: readonly DossierState[] = ['returned', 'refused', 'stopped', 'withdrawn'];

/** Phases of the internal workflow; each step of a workflow belongs to one, and the phase decides the state. */
export const WORKFLOW_PHASES = [
  'intake',
  'assignment',
  'processing',
  'review',
  'signature',
  'return',
] as const;
export type WorkflowPhase = (typeof WORKFLOW_PHASES)[number];

export const PHASE_STATE: Record<WorkflowPhase, DossierState> = {
  intake: 'received',
  assignment: 'assigning',
  processing: 'processing',
  review: 'reviewing',
  signature: 'waiting_signature',
  return: 'waiting_return',
};

export const PHASE_ROLE: Record<WorkflowPhase, Role> = {
  intake: 'receiving_officer',
  assignment: 'division_head',
  processing: 'processing_officer',
  review: 'division_head',
  signature: 'unit_leader',
  return: 'receiving_officer',
};

export const PHASE_LABELS: Record<WorkflowPhase, string> = {
  intake: 'Tiếp nhận, chuyển hồ sơ',
  assignment: 'Phân công thụ lý',
  processing: 'Thẩm định, xử lý',
  review: 'Xem xét, trình ký',
  signature: 'Ký duyệt kết quả',
  return: 'Trả kết quả',
};

export const DOSSIER_ACTIONS = [
  'accept',
  'hand_over',
  'assign',
  'submit_review',
  'send_back',
  'submit_signature',
  'sign',
  'return_result',
  'request_supplement',
  'complete_supplement',
  'refuse',
  'stop',
  'withdraw',
  'extend',
  'record_payment',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export const DOSSIER_ACTION_LABELS: Record<DossierAction, string> = {
  accept: 'Tiếp nhận hồ sơ trực tuyến',
  hand_over: 'Chuyển xử lý',
  assign: 'Phân công thụ lý',
  submit_review: 'Trình lãnh đạo phòng',
  send_back: 'Yêu cầu thụ lý lại',
  submit_signature: 'Trình ký',
  sign: 'Ký duyệt kết quả',
  return_result: 'Trả kết quả',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  complete_supplement: 'Nhận hồ sơ bổ sung',
  refuse: 'Từ chối',
  stop: 'Dừng xử lý theo yêu cầu',
  withdraw: 'Rút hồ sơ',
  extend: 'Xin lỗi và gia hạn',
  record_payment: 'Ghi nhận nộp phí',
};

/** Entries of the processing log that are not officers' actions: intake, and what the applicant did online. */
const EVENT_LABELS: Record<string, string> = {
  receive: 'Tiếp nhận hồ sơ',
  submit: 'Nộp hồ sơ trực tuyến',
  citizen_supplement: 'Nộp hồ sơ bổ sung trực tuyến',
  citizen_withdraw: 'Công dân rút hồ sơ',
  stop_request: 'Công dân đề nghị dừng xử lý',
};

/** The label of an entry of the processing log. */
export function dossierEventLabel(action: string): string {
  return EVENT_LABELS[action] ?? DOSSIER_ACTION_LABELS[action as DossierAction] ?? action;
}

type Rule = { from: readonly DossierState[]; roles: readonly Role[] };

/** Which states each action may start from, and which roles of the acting unit may take it. */
export const ACTION_RULES: Record<DossierAction, Rule> = {
  accept: { from: ['waiting_online_intake'], roles: ['receiving_officer'] },
  hand_over: { from: ['received'], roles: ['receiving_officer'] },
  assign: { from: ['assigning', 'processing'], roles: ['division_head'] },
  submit_review: { from: ['processing'], roles: ['processing_officer', 'division_head'] },
  send_back: { from: ['reviewing', 'waiting_signature'], roles: ['division_head', 'unit_leader'] },
  submit_signature: { from: ['reviewing'], roles: ['division_head'] },
  sign: { from: ['waiting_signature'], roles: ['unit_leader'] },
  return_result: { from: ['waiting_return'], roles: ['receiving_officer'] },
  request_supplement: {
    from: ['waiting_online_intake', 'received', 'processing', 'reviewing'],
    roles: ['receiving_officer', 'processing_officer', 'division_head'],
  },
  complete_supplement: { from: ['waiting_supplement'], roles: ['receiving_officer', 'processing_officer'] },
  refuse: {
    from: ['waiting_online_intake', 'received', 'assigning', 'processing', 'reviewing', 'waiting_signature'],
    roles: ['receiving_officer', 'division_head', 'unit_leader'],
  },
  stop: {
    from: ['received', 'assigning', 'processing', 'reviewing', 'waiting_signature', 'waiting_supplement'],
    roles: ['receiving_officer', 'unit_leader'],
  },
  withdraw: {
    from: ['waiting_online_intake', 'received', 'assigning', 'processing', 'reviewing', 'waiting_supplement'],
    roles: ['receiving_officer'],
  },
  extend: {
    from: ['assigning', 'processing', 'reviewing', 'waiting_signature'],
    roles: ['unit_leader', 'division_head'],
  },
  record_payment: {
    from: [
      'waiting_online_intake',
      'received',
      'assigning',
      'processing',
      'reviewing',
      'waiting_signature',
      'waiting_return',
    ],
    roles: ['receiving_officer'],
  },
};

/** The actions a dossier in `state` allows to someone holding `roles` at the acting unit. */
export function allowedActions(state: DossierState, roles: readonly Role[]): DossierAction[] {
  return DOSSIER_ACTIONS.filter((action) => {
    const rule = ACTION_RULES[action];
    return rule.from.includes(state) && rule.roles.some((r) => roles.includes(r));
  });
}

export const ON_TIME_RESULTS = ['early', 'on_time', 'late'] as const;
export type OnTimeResult = (typeof ON_TIME_RESULTS)[number];
export const ON_TIME_LABELS: Record<OnTimeResult, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/**
 * The national portal's rule: finished no later than the appointment is on time, more than one supplement
 * request counts as late; finished on a day before the appointment's day is early.
 */
export function onTimeResult(
  finishedAt: Date,
  dueAt: Date,
  supplementRequests: number,
  vnDateOf: (d: Date) => string,
): OnTimeResult {
  if (supplementRequests > 1 || finishedAt > dueAt) return 'late';
  return vnDateOf(finishedAt) < vnDateOf(dueAt) ? 'early' : 'on_time';
}

/** "Nguyễn Văn An" → "N*** V** A*": enough for a citizen to recognise their dossier, nothing for anyone else. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] + '*'.repeat(Math.max(1, [...word].length - 1)))
    .join(' ');
}

export const RESULT_METHODS = ['counter', 'post', 'online'] as const;
export type ResultMethod = (typeof RESULT_METHODS)[number];
export const RESULT_METHOD_LABELS: Record<ResultMethod, string> = {
  counter: 'Nhận tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính',
  online: 'Trực tuyến (kết quả điện tử)',
};

// ---- contract ---------------------------------------------------------------------------------------------------

export const PersonSchema = z.object({
  fullName: textSchema(120, 2),
  identificationNumber: PersonalIdSchema,
  dateOfBirth: DateStringSchema.nullable().default(null),
  address: textSchema(300, 2),
  phone: PhoneSchema.nullable().default(null),
  email: EmailSchema.nullable().default(null),
});

export const PersonViewSchema = z.object({
  fullName: z.string(),
  identificationNumber: z.string(),
  dateOfBirth: z.string().nullable(),
  address: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const ComponentCheckSchema = z.object({
  /** Position of the component in the chosen case of the procedure. */
  index: z.number().int().min(0),
  provided: z.boolean(),
  /** How it was submitted: original, certified copy, photocopy, electronic. */
  form: z.enum(['original', 'certified_copy', 'copy', 'electronic']).default('original'),
});

export const CounterIntakeSchema = z.object({
  procedureCode: ProcedureCodeSchema,
  caseIndex: z.number().int().min(0).default(0),
  channel: z.enum(CHANNELS).default('direct'),
  applicant: PersonSchema,
  authorisedPerson: PersonSchema.nullable().default(null),
  components: z.array(ComponentCheckSchema).max(100),
  sets: z.number().int().min(1).max(20).default(1),
  resultMethod: z.enum(RESULT_METHODS).default('counter'),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type CounterIntake = z.input<typeof CounterIntakeSchema>;

export const DossierStepSchema = z.object({
  name: z.string(),
  phase: z.enum(WORKFLOW_PHASES),
  unitId: z.uuid(),
  unitName: z.string(),
  allottedHours: z.number(),
});
export type DossierStep = z.infer<typeof DossierStepSchema>;

export const DossierEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  fromState: z.enum(DOSSIER_STATES).nullable(),
  toState: z.enum(DOSSIER_STATES),
  stepName: z.string().nullable(),
  actorName: z.string().nullable(),
  unitName: z.string().nullable(),
  comment: z.string().nullable(),
  stepResult: z.enum(ON_TIME_RESULTS).nullable(),
});

export const DossierSummarySchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    procedureCode: z.string(),
    procedureName: z.string(),
    applicantName: z.string(),
    channel: z.enum(CHANNELS),
    state: z.enum(DOSSIER_STATES),
    receivingUnit: z.object({ id: z.uuid(), name: z.string() }),
    currentUnit: z.object({ id: z.uuid(), name: z.string() }),
    assignee: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
    receivedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    stepDueAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    result: z.enum(ON_TIME_RESULTS).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'DossierSummary' });
export type DossierSummary = z.infer<typeof DossierSummarySchema>;

export const DossierSchema = DossierSummarySchema.extend({
  procedureVersionId: z.uuid(),
  caseName: z.string(),
  applicant: PersonViewSchema,
  authorisedPerson: PersonViewSchema.nullable(),
  components: z.array(
    z.object({
      index: z.number().int(),
      name: z.string(),
      originals: z.number().int(),
      copies: z.number().int(),
      provided: z.boolean(),
      form: z.string(),
    }),
  ),
  sets: z.number().int(),
  resultMethod: z.enum(RESULT_METHODS),
  steps: z.array(DossierStepSchema),
  currentStep: z.number().int(),
  timeLimit: z.object({ amount: z.number().int(), unit: z.enum(TIME_UNITS) }),
  dueExplanation: z.array(ExplanationLineSchema),
  feeVnd: z.number().int().nullable(),
  paidAt: z.string().nullable(),
  supplementRequests: z.number().int(),
  extended: z.boolean(),
  refusalReason: z.string().nullable(),
  note: z.string().nullable(),
  allowedActions: z.array(z.enum(DOSSIER_ACTIONS)),
  events: z.array(DossierEventSchema),
  files: z.array(z.lazy(() => DossierFileSchema)),
  /** What the applicant was asked to supply, while the dossier waits for it. */
  supplementItems: z.array(z.string()),
  payments: z.array(
    z.object({
      id: z.uuid(),
      amountVnd: z.number().int(),
      method: z.enum(['counter', 'online']),
      status: z.enum(['pending', 'paid', 'failed']),
      receiptNumber: z.string().nullable(),
      paidAt: z.string().nullable(),
    }),
  ),
}).meta({ id: 'Dossier' });
export type Dossier = z.infer<typeof DossierSchema>;

/** The standard slips of Thông tư 03/2025/TT-VPCP, Phụ lục I, printed per dossier (Mẫu 07 is the register). */
export const SLIP_FORMS = ['01', '02', '03', '04', '05', '06'] as const;
export type SlipForm = (typeof SLIP_FORMS)[number];
export const SLIP_TITLES: Record<SlipForm, string> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận, giải quyết hồ sơ',
  '04': 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
};

/** The slips a dossier's history calls for: a refusal slip only for a refused dossier, and so on. */
export function availableSlips(dossier: {
  receivedAt: unknown;
  state: DossierState;
  extended: boolean;
  supplementRequested: boolean;
}): SlipForm[] {
  const received = dossier.receivedAt !== null;
  const applies: Record<SlipForm, boolean> = {
    '01': received,
    '02': dossier.supplementRequested,
    '03': dossier.state === 'refused',
    '04': dossier.extended,
    '05': dossier.state === 'stopped',
    '06': received,
  };
  return SLIP_FORMS.filter((form) => applies[form]);
}

export const FILE_KINDS = ['component', 'supplement', 'result'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Which kind of file may be attached in which state: scans until processing ends, the result before signing. */
export const FILE_UPLOAD_STATES: Record<FileKind, readonly DossierState[]> = {
  component: ['waiting_online_intake', 'received', 'assigning', 'processing', 'reviewing'],
  supplement: ['waiting_supplement'],
  result: ['processing', 'reviewing', 'waiting_signature'],
};

export const DossierFileSchema = z.object({
  id: z.uuid(),
  kind: z.enum(FILE_KINDS),
  componentIndex: z.number().int().nullable(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  signed: z.boolean(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DossierFile = z.infer<typeof DossierFileSchema>;

export const FileUploadQuerySchema = z.object({
  kind: z.enum(FILE_KINDS),
  componentIndex: z.coerce.number().int().min(0).optional(),
});

export const FileParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });
export const PaymentParamsSchema = z.object({ id: z.uuid(), paymentId: z.uuid() });

export const SignatureVerificationSchema = z.object({
  signed: z.boolean().describe('The file is a result signed by this system'),
  valid: z.boolean().describe('The signature matches the file and the signing key'),
  sha256: z.string(),
  dossierCode: z.string().nullable(),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
  unitName: z.string().nullable(),
  keyId: z.string().nullable(),
  algorithm: z.literal('Ed25519'),
});

export const SigningKeySchema = z.object({
  keyId: z.string(),
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string(),
  signs: z.string(),
});

export const DOSSIER_QUEUES = [
  'waiting_online_intake',
  'to_hand_over',
  'to_assign',
  'processing',
  'to_review',
  'to_sign',
  'to_return',
  'waiting_supplement',
  'due_soon',
  'overdue',
] as const;
export type DossierQueue = (typeof DOSSIER_QUEUES)[number];
export const DOSSIER_QUEUE_LABELS: Record<DossierQueue, string> = {
  waiting_online_intake: 'Chờ tiếp nhận trực tuyến',
  to_hand_over: 'Chờ chuyển xử lý',
  to_assign: 'Chờ phân công',
  processing: 'Đang xử lý',
  to_review: 'Chờ xem xét',
  to_sign: 'Chờ ký duyệt',
  to_return: 'Chờ trả kết quả',
  waiting_supplement: 'Chờ bổ sung',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
};

export const DossierListQuerySchema = PageQuerySchema.extend({
  queue: z.enum(DOSSIER_QUEUES).optional(),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Dossier code, applicant name (diacritics ignored) or ID number'),
  state: z.enum(DOSSIER_STATES).optional(),
  procedureCode: ProcedureCodeSchema.optional(),
  receivedFrom: DateStringSchema.optional(),
  receivedTo: DateStringSchema.optional(),
  cursor: z.string().max(200).optional().describe('Keyset cursor from the previous page'),
});
export type DossierListQuery = z.input<typeof DossierListQuerySchema>;

export const DossierPageSchema = z.object({
  items: z.array(DossierSummarySchema),
  nextCursor: z.string().nullable(),
});

export const DossierQueueCountsSchema = z.object({
  counts: z.record(z.enum(DOSSIER_QUEUES), z.number().int()),
});

/** `{unit electronic id}-{yymmdd}-{daily sequence}`, e.g. H15.50.05.13-261008-0975. */
export const DossierCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,8}(\.[A-Z0-9]{1,8}){0,5}-\d{6}-\d{4,7}$/, 'Mã hồ sơ dạng H44.50.01-261122-0001');
export const DossierCodeParamsSchema = z.object({ code: DossierCodeSchema });

const comment = z.string().trim().max(2000).nullable().default(null);
const requiredReason = textSchema(2000, 5);

export const DossierActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), version: VersionSchema, comment }),
  z.object({ action: z.literal('hand_over'), version: VersionSchema, comment }),
  z.object({ action: z.literal('assign'), version: VersionSchema, assigneeId: z.uuid(), comment }),
  z.object({ action: z.literal('submit_review'), version: VersionSchema, comment }),
  z.object({ action: z.literal('send_back'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('submit_signature'), version: VersionSchema, comment }),
  z.object({ action: z.literal('sign'), version: VersionSchema, comment }),
  z.object({ action: z.literal('return_result'), version: VersionSchema, comment }),
  z.object({
    action: z.literal('request_supplement'),
    version: VersionSchema,
    items: z.array(textSchema(500, 2)).min(1, 'Liệt kê giấy tờ cần bổ sung').max(30),
    comment: requiredReason,
  }),
  z.object({ action: z.literal('complete_supplement'), version: VersionSchema, comment }),
  z.object({ action: z.literal('refuse'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('stop'), version: VersionSchema, comment: requiredReason }),
  z.object({ action: z.literal('withdraw'), version: VersionSchema, comment }),
  z.object({
    action: z.literal('extend'),
    version: VersionSchema,
    newDueDate: DateStringSchema,
    comment: requiredReason,
  }),
  z.object({
    action: z.literal('record_payment'),
    version: VersionSchema,
    amountVnd: z.number().int().min(0).max(1_000_000_000),
    receiptNumber: z.string().trim().max(50).nullable().default(null),
    comment,
  }),
]);
export type DossierActionInput = z.input<typeof DossierActionSchema>;

export const BulkAssignSchema = z.object({
  assigneeId: z.uuid(),
  dossiers: z
    .array(z.object({ id: z.uuid(), version: VersionSchema }))
    .min(1)
    .max(200),
});
export const BulkAssignResultSchema = z.object({
  assigned: z.array(z.string()),
  failed: z.array(z.object({ id: z.string(), code: z.string(), detail: z.string() })),
});

export const AssigneesSchema = z.object({
  items: z.array(
    z.object({ id: z.uuid(), fullName: z.string(), username: z.string(), openDossiers: z.number().int() }),
  ),
});

export const PublicDossierSchema = z
  .object({
    code: z.string(),
    procedureName: z.string(),
    state: z.enum(DOSSIER_STATES),
    stateLabel: z.string(),
    applicantName: z.string().describe('Masked'),
    receivingUnit: z.string(),
    receivedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    timeline: z.array(z.object({ at: z.string(), label: z.string(), stateLabel: z.string() })),
  })
  .meta({ id: 'PublicDossier' });

// ---- citizens' own dossiers ---------------------------------------------------------------------------------

export const OnlineSubmissionSchema = z.object({
  procedureCode: ProcedureCodeSchema,
  caseIndex: z.number().int().min(0).default(0),
  receivingUnitId: z.uuid().describe('The agency that receives the dossier'),
  applicant: PersonSchema,
  authorisedPerson: PersonSchema.nullable().default(null),
  components: z.array(ComponentCheckSchema).max(100),
  resultMethod: z.enum(RESULT_METHODS).default('online'),
});
export type OnlineSubmission = z.input<typeof OnlineSubmissionSchema>;

/** What a citizen may do with their own dossier in its current state. */
export const CITIZEN_ACTIONS = ['pay', 'supplement', 'stop_request', 'withdraw', 'rate'] as const;
export type CitizenAction = (typeof CITIZEN_ACTIONS)[number];

/** Reasons a citizen may give for not being satisfied (the statistics count each). */
export const RATING_REASONS = [
  'late',
  'extra_papers',
  'unclear_guidance',
  'attitude',
  'extra_costs',
  'other',
] as const;
export type RatingReason = (typeof RATING_REASONS)[number];
export const RATING_REASON_LABELS: Record<RatingReason, string> = {
  late: 'Giải quyết trễ hẹn',
  extra_papers: 'Yêu cầu thêm giấy tờ ngoài quy định',
  unclear_guidance: 'Hướng dẫn chưa rõ ràng, phải đi lại nhiều lần',
  attitude: 'Thái độ của cán bộ chưa đúng mực',
  extra_costs: 'Phát sinh chi phí ngoài quy định',
  other: 'Lý do khác',
};

/**
 * The citizen's actions: pay while a fee is owed and the dossier is open; answer a completion request; withdraw
 * an online dossier nobody has accepted yet, or ask the agency to stop one it is working on (the agency decides,
 * Mẫu 05); rate the service once the result is returned.
 */
export function citizenActions(dossier: {
  state: DossierState;
  feeVnd: number | null;
  paidAt: unknown;
  stopRequested: boolean;
  rated: boolean;
}): CitizenAction[] {
  const open = !CLOSED_STATES.includes(dossier.state);
  const applies: Record<CitizenAction, boolean> = {
    pay: open && (dossier.feeVnd ?? 0) > 0 && dossier.paidAt === null,
    supplement: dossier.state === 'waiting_supplement',
    withdraw: dossier.state === 'waiting_online_intake',
    stop_request:
      open && !dossier.stopRequested && !['waiting_online_intake', 'waiting_return'].includes(dossier.state),
    rate: dossier.state === 'returned' && !dossier.rated,
  };
  return CITIZEN_ACTIONS.filter((a) => applies[a]);
}

export const RatingSchema = z
  .object({
    satisfied: z.boolean(),
    reasons: z.array(z.enum(RATING_REASONS)).max(RATING_REASONS.length).default([]),
    comment: z.string().trim().max(1000).nullable().default(null),
  })
  .refine((r) => r.satisfied || r.reasons.length > 0, {
    message: 'Chọn ít nhất một lý do chưa hài lòng',
    path: ['reasons'],
  });
export type RatingInput = z.input<typeof RatingSchema>;

export const StopRequestSchema = z.object({ reason: textSchema(1000, 5), version: VersionSchema });
export const SupplementSubmitSchema = z.object({
  comment: z.string().trim().max(2000).nullable().default(null),
  version: VersionSchema,
});
export const CitizenFileQuerySchema = z.object({
  componentIndex: z.coerce.number().int().min(0).max(99).optional(),
});

export const CitizenDossierSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    procedureCode: z.string(),
    procedureName: z.string(),
    state: z.enum(DOSSIER_STATES),
    stateLabel: z.string(),
    receivingUnit: z.string(),
    submittedAt: z.string(),
    receivedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    dueExplanation: z.array(ExplanationLineSchema),
    finishedAt: z.string().nullable(),
    result: z.enum(ON_TIME_RESULTS).nullable(),
    feeVnd: z.number().int().nullable(),
    paidAt: z.string().nullable(),
    supplementItems: z.array(z.string()),
    /** Why the agency asked for more documents, while the dossier waits for them. */
    supplementReason: z.string().nullable(),
    refusalReason: z.string().nullable(),
    payments: z.array(
      z.object({
        id: z.uuid(),
        amountVnd: z.number().int(),
        status: z.enum(['pending', 'paid', 'failed']),
        paidAt: z.string().nullable(),
      }),
    ),
    timeline: z.array(z.object({ at: z.string(), label: z.string(), stateLabel: z.string() })),
    caseName: z.string(),
    resultMethod: z.enum(RESULT_METHODS),
    /** The files the citizen may see: what they submitted and supplied, and the result once it is returned. */
    files: z.array(DossierFileSchema),
    stopRequestedAt: z.string().nullable(),
    rating: z
      .object({
        satisfied: z.boolean(),
        reasons: z.array(z.enum(RATING_REASONS)),
        comment: z.string().nullable(),
        at: z.string(),
      })
      .nullable(),
    actions: z.array(z.enum(CITIZEN_ACTIONS)),
    /** The slips handed to the applicant that the dossier's history calls for (Mẫu 01–05). */
    slips: z.array(z.enum(SLIP_FORMS)),
    version: z.number().int(),
  })
  .meta({ id: 'CitizenDossier' });
export type CitizenDossier = z.infer<typeof CitizenDossierSchema>;

export const CitizenDossierListSchema = z.object({ items: z.array(CitizenDossierSchema) });
