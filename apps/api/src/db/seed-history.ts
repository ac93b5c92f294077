import {
  addDays,
  computeDueDate,
  isWorkingDay,
  officeHoursOf,
  onTimeResult,
  workingDaysTaken,
  parseHhmm,
  PHASE_LABELS,
  PHASE_STATE,
  RATING_REASONS,
  vnDate,
  vnInstant,
  type Channel,
  type DossierState,
  type DossierStep,
  type OfficeHours,
  type OnTimeResult,
  type ProcedureContent,
  type RatingReason,
  type ResultMethod,
  type Role,
  type WorkCalendar,
  type WorkflowPhase,
} from '@motcua/shared';
import { eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { FileStore, StoredFile } from '../lib/files';
import { createPdf, line, paragraph, render, signatures, title } from '../lib/pdf';
import type { Signer } from '../lib/signing';
import { loadCalendar } from '../modules/calendar/calendar.service';
import { defaultSteps, limitInHours, resolveSteps } from '../modules/workflows/workflows.resolve';
import type { Executor } from './client';
import {
  citizens,
  dossierEvents,
  dossierFiles,
  dossierRatings,
  dossiers,
  dossierSequences,
  payments,
  procedureVersions,
  units,
  users,
  workflows,
  type ComponentRecord,
  type PauseRecord,
  type PersonRecord,
} from './schema';
import {
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  PHONE_PREFIXES,
} from './demo-people';

/**
 * A year of dossier history for the demo: about 1,500 dossiers received between 5 January and 20 November 2026 by
 * three communes, the provincial service centre and two departments, each one played through the same steps, legal
 * clock and on-time rule as the dossiers service, and cut at the end of the working week of 20/11/2026 so that the
 * most recent ones are still under way. Deterministic: the same data on every fresh database.
 *
 * The units that tests assert figures on (Phường Đồng Hới, Phường Đông Hà, Sở Tư pháp) get none of it.
 */

export const HISTORY_WINDOW = { from: '2026-01-05', to: '2026-11-20' } as const;
/** The instant the history stops: Friday 20/11/2026, 16:45 in Vietnam. Everything after it has not happened. */
export const HISTORY_NOW = vnInstant(HISTORY_WINDOW.to, 16 * 60 + 45);

type ProcedureWeight = readonly [code: string, weight: number];

type UnitPlan = {
  prefix: string;
  count: number;
  online: number;
  postal: number;
  /** Share of resolved dossiers that finish late. */
  late: number;
  procedures: readonly ProcedureWeight[];
  places: readonly string[];
  /** Citizens' ID numbers start with the province code where they were registered: 044 Quảng Bình, 045 Quảng Trị. */
  idPrefix: readonly string[];
};

const COMMUNE_PROCEDURES: readonly ProcedureWeight[] = [
  ['1.001193', 14],
  ['1.000894', 6],
  ['1.000656', 4],
  ['1.004873', 8],
  ['1.004884', 1],
  ['1.004859', 2],
  ['2.000806', 0.4],
  ['2.000635', 6],
  ['2.000815', 14],
  ['2.000884', 5],
  ['2.001035', 3],
  ['1.004222', 7],
  ['1.004194', 6],
  ['1.003677', 2],
  ['1.010041', 5],
  ['1.001612', 3],
  ['2.000720', 1.5],
  ['1.001266', 1],
  ['1.013225', 2],
  ['1.013978', 3],
  ['1.012812', 0.5],
  ['1.014027', 1],
  ['1.011607', 1],
  ['3.000182', 6],
];

const PROVINCE_PLACES = [
  'phường Đông Hà',
  'phường Đồng Hới',
  'phường Quảng Trị',
  'xã Minh Hóa',
  'xã Bố Trạch',
  'xã Tuyên Hóa',
];

const UNIT_PLANS: readonly UnitPlan[] = [
  {
    prefix: 'qti.quangtri',
    count: 320,
    online: 0.8,
    postal: 0.03,
    late: 0.08,
    procedures: COMMUNE_PROCEDURES,
    places: ['Khu phố 1', 'Khu phố 2', 'Khu phố 3', 'Khu phố 4', 'Khu phố 6', 'Khu phố 8', 'Khu phố 10'].map(
      (p) => `${p}, phường Quảng Trị`,
    ),
    idPrefix: ['045'],
  },
  {
    prefix: 'qti.minhhoa',
    count: 230,
    online: 0.52,
    postal: 0.04,
    late: 0.2,
    procedures: COMMUNE_PROCEDURES,
    places: ['Thôn Yên Hợp', 'Thôn Tân Lý', 'Thôn Quy Đạt', 'Bản Ón', 'Thôn Hóa Tiến', 'Thôn Trung Hóa'].map(
      (p) => `${p}, xã Minh Hóa`,
    ),
    idPrefix: ['044'],
  },
  {
    prefix: 'qti.botrach',
    count: 270,
    online: 0.66,
    postal: 0.05,
    late: 0.14,
    procedures: COMMUNE_PROCEDURES,
    places: ['Thôn Hoàn Lão', 'Thôn Hà Lời', 'Thôn Phú Thiết', 'Thôn Đại Trạch', 'Thôn Nam Trạch'].map(
      (p) => `${p}, xã Bố Trạch`,
    ),
    idPrefix: ['044'],
  },
  {
    prefix: 'qti.ttpvhcc',
    count: 420,
    online: 0.62,
    postal: 0.06,
    late: 0.12,
    procedures: [
      ['1.013236', 2],
      ['1.013237', 4],
      ['1.012783', 8],
      ['1.012786', 4],
      ['1.014748', 7],
      ['3.000465', 3],
      ['1.012278', 1],
      ['1.012275', 4],
    ],
    places: PROVINCE_PLACES,
    idPrefix: ['044', '045'],
  },
  {
    prefix: 'qti.soyte',
    count: 130,
    online: 0.6,
    postal: 0.06,
    late: 0.12,
    procedures: [
      ['1.012275', 6],
      ['1.013855', 5],
      ['1.012278', 1],
    ],
    places: PROVINCE_PLACES,
    idPrefix: ['044', '045'],
  },
  {
    prefix: 'qti.sonnmt',
    count: 130,
    online: 0.52,
    postal: 0.06,
    late: 0.26,
    procedures: [
      ['1.012783', 6],
      ['1.012786', 4],
    ],
    places: PROVINCE_PLACES,
    idPrefix: ['044', '045'],
  },
];

/**
 * Provincial procedures received at the service centre are worked by the department in charge (một cửa liên thông):
 * the province's workflows say which. Without them a dossier received at the centre would stay with the centre,
 * which has no one to process it.
 */
const PROVINCIAL_WORKFLOWS: readonly (readonly [code: string, department: string])[] = [
  ['1.013236', 'qti.soxaydung'],
  ['1.013237', 'qti.soxaydung'],
  ['1.012783', 'qti.sonnmt'],
  ['1.012786', 'qti.sonnmt'],
  ['1.014748', 'qti.sonoivu'],
  ['3.000465', 'qti.sogddt'],
  ['1.012278', 'qti.soyte'],
  ['1.012275', 'qti.soyte'],
];

const WORKFLOW_STEP_NAMES: Record<WorkflowPhase, string> = {
  ...PHASE_LABELS,
  assignment: 'Lãnh đạo phòng chuyên môn phân công thụ lý',
  processing: 'Thẩm định hồ sơ tại Sở',
  review: 'Lãnh đạo phòng xem xét, trình ký',
  signature: 'Lãnh đạo Sở ký duyệt kết quả',
};

/** States in which the legal clock is not running: the due-date alerts leave them alone. */
const NOT_RUNNING: readonly DossierState[] = [
  'returned',
  'refused',
  'stopped',
  'withdrawn',
  'waiting_online_intake',
  'waiting_supplement',
];

// ---- deterministic randomness -------------------------------------------------------------------------------

type Rng = {
  next(): number;
  between(min: number, max: number): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
};

/** mulberry32: small, fast and good enough to make demo data look random while staying reproducible. */
function createRng(seed: number): Rng {
  let state = seed >>> 0;
  function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, weight] of items) {
        r -= weight;
        if (r < 0) return item;
      }
      return pick(items)[0];
    },
  };
}

/** A whole number drawn from one of several ranges, each range with its weight. */
function range(rng: Rng, ranges: readonly (readonly [readonly [number, number], number])[]): number {
  const [min, max] = rng.weighted(ranges);
  return rng.int(min, max);
}

/** A version 4 UUID from the generator, so that ids too are the same on every fresh database. */
function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(rng.next() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// ---- working time -------------------------------------------------------------------------------------------

const MINUTE = 60_000;
type Span = { from: number; to: number };

const DAY = 86_400_000;
/** Each day's office sessions (ms), working days only, per calendar and office hours: the clock walks them often. */
const sessionCache = new WeakMap<WorkCalendar, WeakMap<OfficeHours, Map<string, Span[]>>>();

function sessionsOn(calendar: WorkCalendar, hours: OfficeHours, day: string): Span[] {
  let byHours = sessionCache.get(calendar);
  if (!byHours) {
    byHours = new WeakMap();
    sessionCache.set(calendar, byHours);
  }
  let byDay = byHours.get(hours);
  if (!byDay) {
    byDay = new Map();
    byHours.set(hours, byDay);
  }
  let spans = byDay.get(day);
  if (!spans) {
    spans = isWorkingDay(calendar, day)
      ? hours.map((s) => ({ from: vnInstant(day, s.start).getTime(), to: vnInstant(day, s.end).getTime() }))
      : [];
    byDay.set(day, spans);
  }
  return spans;
}

/** Office time on working days from `start` on, in order, with the pauses cut out (instants in ms). */
function* officeTime(
  calendar: WorkCalendar,
  hours: OfficeHours,
  start: number,
  pauses: readonly Span[],
): Generator<Span> {
  let day = vnDate(new Date(start));
  for (let guard = 0; guard < 4000; guard++, day = addDays(day, 1)) {
    for (const session of sessionsOn(calendar, hours, day)) {
      let from = Math.max(session.from, start);
      const to = session.to;
      for (const pause of pauses) {
        if (from >= to) break;
        if (pause.to <= from || pause.from >= to) continue;
        if (pause.from > from) yield { from, to: pause.from };
        from = Math.max(from, pause.to);
      }
      if (from < to) yield { from, to };
    }
  }
  throw new Error('working time beyond the calendar');
}

/**
 * The instant `minutes` working minutes after `start` (the first office minute for 0). For whole minutes and closed
 * pauses this is the legal clock's count of working hours, as used for each step's deadline.
 */
function addWork(
  calendar: WorkCalendar,
  hours: OfficeHours,
  start: number,
  minutes: number,
  pauses: readonly Span[] = [],
): number {
  let left = Math.round(minutes) * MINUTE;
  for (const span of officeTime(calendar, hours, start, pauses)) {
    const length = span.to - span.from;
    if (left <= length) return span.from + left;
    left -= length;
  }
  throw new Error('unreachable');
}

/** Working minutes between two instants. */
function workBetween(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: number,
  to: number,
  pauses: readonly Span[] = [],
): number {
  let total = 0;
  if (to <= from) return 0;
  for (const span of officeTime(calendar, hours, from, pauses)) {
    if (span.from >= to) break;
    total += Math.min(span.to, to) - span.from;
  }
  return Math.round(total / MINUTE);
}

// ---- people ----------------------------------------------------------------------------------------------------

function ascii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

function createPeople(rng: Rng) {
  const used = new Set<string>();
  return function person(plan: UnitPlan): PersonRecord {
    const female = rng.chance(0.5);
    const family = rng.weighted(FAMILY_NAMES);
    const fullName = `${family} ${rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
    const year = rng.int(1952, 2006);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const dateOfBirth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // Province, sex and century, year of birth, then six digits (kept clear of the numbers the tests use).
    const sex = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
    const draw = () =>
      `${rng.pick(plan.idPrefix)}${sex}${String(year % 100).padStart(2, '0')}${rng.int(100000, 599999)}`;
    let identificationNumber = draw();
    while (used.has(identificationNumber)) identificationNumber = draw();
    used.add(identificationNumber);
    const place = rng.pick(plan.places);
    const address = plan.places === PROVINCE_PLACES ? `Tổ dân phố ${rng.int(1, 12)}, ${place}` : place;
    const phone = `${rng.pick(PHONE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const email = rng.chance(0.3)
      ? `${ascii(fullName).toLowerCase().replace(/\s+/g, '')}${year % 100}@gmail.com`
      : null;
    return {
      fullName,
      identificationNumber,
      dateOfBirth,
      address: `${address}, tỉnh Quảng Trị`,
      phone,
      email,
    };
  };
}

// ---- texts -----------------------------------------------------------------------------------------------------

const REFUSALS_AT_INTAKE = [
  'Hồ sơ nộp không đúng cơ quan có thẩm quyền giải quyết; đề nghị công dân nộp tại nơi cư trú.',
  'Thông tin trong tờ khai không khớp với Cơ sở dữ liệu quốc gia về dân cư, đề nghị kiểm tra và nộp lại.',
  'Tệp đính kèm không đọc được, không đủ thành phần hồ sơ theo quy định.',
];
const REFUSALS_IN_PROCESSING = [
  'Không đủ điều kiện giải quyết theo quy định: người yêu cầu không cư trú trên địa bàn.',
  'Kết quả xác minh cho thấy nội dung đề nghị không đúng thực tế.',
  'Thửa đất đang có tranh chấp, chưa đủ điều kiện giải quyết theo Luật Đất đai năm 2024.',
  'Cơ sở chưa đáp ứng điều kiện về nhân sự và trang thiết bị theo quy định.',
  'Giấy tờ nộp kèm có dấu hiệu tẩy xóa, sửa chữa; không đủ căn cứ giải quyết.',
];
const SUPPLEMENT_REASON = 'Hồ sơ còn thiếu giấy tờ theo quy định, đề nghị bổ sung để tiếp tục giải quyết.';
const STOP_REASON = 'Công dân có đơn đề nghị dừng giải quyết hồ sơ do thay đổi nhu cầu.';
const SATISFIED_COMMENTS = [
  'Cán bộ hướng dẫn tận tình, trả kết quả sớm hơn hẹn.',
  'Nộp trực tuyến thuận tiện, không phải đi lại.',
  'Thủ tục nhanh gọn.',
  'Được thông báo tiến độ đầy đủ qua tin nhắn.',
];
const UNSATISFIED_COMMENTS: Partial<Record<RatingReason, string>> = {
  late: 'Trả kết quả chậm so với ngày hẹn.',
  extra_papers: 'Phải nộp thêm giấy tờ không có trong danh mục.',
  unclear_guidance: 'Hướng dẫn trên cổng chưa rõ, phải hỏi lại nhiều lần.',
  attitude: 'Cán bộ trả lời điện thoại chưa nhiệt tình.',
};

// ---- the simulation --------------------------------------------------------------------------------------------

type UnitRow = typeof units.$inferSelect;
type Officer = { id: string; fullName: string; unitId: string; unitName: string };
type DossierInsert = typeof dossiers.$inferInsert & {
  id: string;
  state: DossierState;
  steps: DossierStep[];
  currentStep: number;
  pauses: PauseRecord[];
  supplementRequests: number;
  version: number;
};
type EventInsert = typeof dossierEvents.$inferInsert;
type FileInsert = typeof dossierFiles.$inferInsert & { id: string; createdAt: Date };
type PaymentInsert = typeof payments.$inferInsert;
type RatingInsert = typeof dossierRatings.$inferInsert;
type Fate =
  | 'normal'
  | 'refuse_intake'
  | 'refuse_processing'
  | 'withdraw_online'
  | 'withdraw_counter'
  | 'stop'
  | 'abandon';

type Context = {
  rng: Rng;
  ids: Rng;
  calendar: WorkCalendar;
  officers: Map<string, Partial<Record<Role, Officer>>>;
  files: { component: StoredFile; result: StoredFile } | undefined;
  signer: Signer | undefined;
  /** Each citizen's latest result file, for reuse from their documents. */
  documents: Map<string, FileInsert>;
};

type Draft = {
  plan: UnitPlan;
  unit: UnitRow;
  hours: OfficeHours;
  content: ProcedureContent;
  versionId: string;
  channel: Channel;
  submittedAt: number;
  citizen: { id: string; person: PersonRecord } | null;
  applicant: PersonRecord;
};

type Built = {
  row: DossierInsert;
  events: EventInsert[];
  files: FileInsert[];
  payments: PaymentInsert[];
  rating: RatingInsert | null;
};

function pausesOf(row: DossierInsert): Span[] {
  return row.pauses.map((p) => ({
    from: Date.parse(p.from),
    to: p.to ? Date.parse(p.to) : Number.POSITIVE_INFINITY,
  }));
}

function slug(text: string): string {
  return ascii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
}

/** Plays one dossier through its life, as the dossiers service would have recorded it, up to HISTORY_NOW. */
function simulate(ctx: Context, draft: Draft, code: string, steps: DossierStep[]): Built {
  const { rng, calendar } = ctx;
  const { unit, content, hours } = draft;
  const now = HISTORY_NOW.getTime();
  const method = content.methods.find((m) => m.channel === draft.channel) ?? content.methods[0];
  if (!method) throw new Error(`procedure ${content.code} has no method`);
  const online = draft.channel === 'online';
  const caseIndex = content.cases.length > 1 ? rng.int(0, content.cases.length - 1) : 0;
  const chosenCase = content.cases[caseIndex];
  const components: ComponentRecord[] = (chosenCase?.components ?? []).map((c, index) => ({
    index,
    name: c.name,
    originals: c.originals,
    copies: c.copies,
    provided: c.required || rng.chance(0.4),
    form: online ? 'electronic' : rng.chance(0.7) ? 'original' : 'certified_copy',
  }));
  const resultMethod: ResultMethod = online
    ? rng.weighted<ResultMethod>([
        ['online', 70],
        ['counter', 25],
        ['post', 5],
      ])
    : draft.channel === 'postal'
      ? 'post'
      : rng.chance(0.9)
        ? 'counter'
        : 'post';
  const fee = method.feeVnd ?? 0;
  const cutoffMinutes = content.cutoffTime ? parseHhmm(content.cutoffTime) : null;
  const officersOf = (unitId: string) => ctx.officers.get(unitId) ?? {};
  const officer = (unitId: string, ...roles: Role[]): Officer => {
    const staff = officersOf(unitId);
    for (const role of roles) {
      const found = staff[role];
      if (found) return found;
    }
    const any = Object.values(staff)[0];
    if (!any) throw new Error(`no officer at unit ${unitId}`);
    return any;
  };
  const receiving = officer(unit.id, 'receiving_officer');

  const row: DossierInsert = {
    id: uuidFrom(ctx.ids),
    code,
    procedureVersionId: draft.versionId,
    procedureCode: content.code,
    procedureName: content.name,
    caseName: chosenCase?.name ?? 'Trường hợp chung',
    channel: draft.channel,
    state: online ? 'waiting_online_intake' : 'received',
    provinceId: unit.path.split('/').filter(Boolean)[1] ?? unit.id,
    receivingUnitId: unit.id,
    currentUnitId: unit.id,
    involvedUnitIds: [...new Set([unit.id, ...steps.map((s) => s.unitId)])],
    citizenId: draft.citizen?.id ?? null,
    applicant: draft.applicant,
    applicantName: draft.applicant.fullName,
    applicantIdNumber: draft.applicant.identificationNumber,
    authorisedPerson: null,
    components,
    sets: !online && rng.chance(0.1) ? 2 : 1,
    resultMethod,
    steps,
    currentStep: 0,
    timeLimitAmount: method.timeLimit.amount,
    timeLimitUnit: method.timeLimit.unit,
    cutoffTime: content.cutoffTime,
    receivedAt: null,
    dueAt: null,
    dueExplanation: [],
    stepStartedAt: null,
    stepDueAt: null,
    pauses: [],
    supplementRequests: 0,
    feeVnd: method.feeVnd,
    receivedOn: null,
    version: 1,
    createdAt: new Date(draft.submittedAt),
    updatedAt: new Date(draft.submittedAt),
  };
  const events: EventInsert[] = [];
  const files: FileInsert[] = [];
  const paymentRows: PaymentInsert[] = [];
  let rating: RatingInsert | null = null;
  let last = draft.submittedAt;

  function dueNow() {
    if (!row.receivedAt) return { dueAt: null, explanation: [] };
    return computeDueDate({
      officeHours: hours,
      receivedAt: row.receivedAt,
      amount: row.timeLimitAmount,
      unit: row.timeLimitUnit,
      calendar,
      cutoffMinutes,
      pauses: row.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
    });
  }
  function stepDue(index: number, startedAt: number): Date | null {
    const step = steps[index];
    if (!step) return null;
    const minutes = Math.max(1, Math.round(step.allottedHours * 60));
    return new Date(addWork(calendar, hours, startedAt, minutes, pausesOf(row)));
  }
  function enterStep(index: number, at: number) {
    const step = steps[index];
    if (!step) throw new Error(`dossier ${code} has no step ${index}`);
    row.currentStep = index;
    row.state = PHASE_STATE[step.phase];
    row.currentUnitId = step.unitId;
    row.stepStartedAt = new Date(at);
    row.stepDueAt = stepDue(index, at);
  }
  /** Records an action if it happened before the history stops; false once the dossier is still waiting for it. */
  function act(
    at: number,
    action: string,
    who: Officer | 'citizen' | 'gateway',
    change: () => void,
    extra: { comment?: string | null; details?: Record<string, unknown>; completesStep?: boolean } = {},
  ): boolean {
    const instant = Math.max(at, last + MINUTE);
    if (instant > now) return false;
    const fromState = row.state;
    const stepIndex = row.currentStep;
    const stepName = steps[stepIndex]?.name ?? null;
    const stepResult =
      extra.completesStep && row.stepDueAt ? onTimeResult(new Date(instant), row.stepDueAt, 0, vnDate) : null;
    last = instant;
    change();
    row.version += 1;
    row.updatedAt = new Date(instant);
    const actor =
      who === 'citizen'
        ? {
            actorId: draft.citizen?.id ?? null,
            actorName: draft.applicant.fullName,
            unitId: null,
            unitName: null,
          }
        : who === 'gateway'
          ? { actorId: null, actorName: 'Cổng thanh toán', unitId: null, unitName: null }
          : { actorId: who.id, actorName: who.fullName, unitId: who.unitId, unitName: who.unitName };
    events.push({
      dossierId: row.id,
      at: new Date(instant),
      action,
      fromState,
      toState: row.state,
      stepIndex: who === 'gateway' ? null : stepIndex,
      stepName: who === 'gateway' ? null : stepName,
      ...actor,
      comment: extra.comment ?? null,
      stepResult,
      details: extra.details ?? null,
    });
    return true;
  }

  /** A side exit: the dossier ends refused, withdrawn or stopped, with the reason on its log (and, refused, on it). */
  function exit(
    at: number,
    action: string,
    who: Officer | 'citizen',
    state: 'refused' | 'withdrawn' | 'stopped',
    comment: string,
  ): boolean {
    return act(
      at,
      action,
      who,
      () => {
        row.state = state;
        if (state === 'refused') row.refusalReason = comment;
        row.finishedAt = new Date(last);
        row.stepDueAt = null;
      },
      { comment },
    );
  }
  function addFile(kind: FileInsert['kind'], at: number, fields: Partial<FileInsert>) {
    const stored = kind === 'result' ? ctx.files?.result : ctx.files?.component;
    if (!stored) return undefined;
    const file: FileInsert = {
      id: uuidFrom(ctx.ids),
      dossierId: row.id,
      kind,
      componentIndex: null,
      name: stored.name,
      mime: stored.mime,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.storageKey,
      createdAt: new Date(Math.min(at, now)),
      ...fields,
    };
    files.push(file);
    return file;
  }
  function pay(at: number, how: 'online' | 'counter'): boolean {
    if (fee <= 0 || row.paidAt) return true;
    const paymentId = uuidFrom(ctx.ids);
    const receiptNumber = how === 'counter' ? `${String(rng.int(1, 9999)).padStart(7, '0')}/BL` : null;
    return act(
      at,
      'record_payment',
      how === 'online' ? 'gateway' : receiving,
      () => {
        row.paidAt = new Date(last);
        paymentRows.push({
          id: paymentId,
          dossierId: row.id,
          amountVnd: fee,
          method: how,
          provider: how === 'online' ? 'sandbox' : null,
          providerRef: how === 'online' ? `MC${code.replace(/[^0-9A-Z]/g, '')}` : null,
          status: 'paid',
          receiptNumber,
          createdAt: row.paidAt,
          paidAt: row.paidAt,
        });
      },
      how === 'online'
        ? {
            comment: `Thanh toán trực tuyến ${fee.toLocaleString('vi-VN')} đồng`,
            details: { paymentId, provider: 'sandbox' },
          }
        : { details: { amountVnd: fee, receiptNumber } },
    );
  }
  const done = (): Built => ({ row, events, files, payments: paymentRows, rating });

  const fate: Fate = rng.weighted<Fate>([
    ['normal', 92],
    ['refuse_intake', online ? 2 : 0],
    ['withdraw_online', online ? 1.5 : 0],
    ['refuse_processing', 2],
    ['withdraw_counter', 1],
    ['stop', 0.5],
    ['abandon', 1],
  ]);
  const digitised = online || rng.chance(0.82);
  const uploader = online ? (draft.citizen?.id ?? null) : receiving.id;

  // Filing: online submissions wait for the agency; at the counter the dossier is received at once.
  events.push({
    dossierId: row.id,
    at: new Date(draft.submittedAt),
    action: online ? 'submit' : 'receive',
    fromState: null,
    toState: row.state,
    stepIndex: 0,
    stepName: online ? null : (steps[0]?.name ?? null),
    actorId: online ? (draft.citizen?.id ?? null) : receiving.id,
    actorName: online ? draft.applicant.fullName : receiving.fullName,
    unitId: unit.id,
    unitName: unit.name,
    comment: null,
  });
  if (!online) {
    row.receivedAt = new Date(draft.submittedAt);
    row.receivedOn = vnDate(row.receivedAt);
    const due = dueNow();
    row.dueAt = due.dueAt;
    row.dueExplanation = due.explanation;
    row.stepStartedAt = row.receivedAt;
    row.stepDueAt = stepDue(0, draft.submittedAt);
  }
  if (digitised) {
    const docs = draft.citizen ? ctx.documents.get(draft.citizen.id) : undefined;
    const reuse = docs && docs.createdAt.getTime() < draft.submittedAt && rng.chance(0.5);
    for (const component of components.filter((c) => c.provided)) {
      const reused = reuse && component.index === 0 && docs;
      addFile('component', draft.submittedAt, {
        componentIndex: component.index,
        name: reused ? docs.name : `${slug(component.name) || 'thanh-phan'}.pdf`,
        uploadedBy: uploader,
        ...(reused
          ? { reusedFromFileId: docs.id, storageKey: docs.storageKey, sha256: docs.sha256, size: docs.size }
          : {}),
      });
    }
  }

  if (online) {
    if (rng.chance(0.85) && !pay(draft.submittedAt + rng.int(3, 25) * MINUTE, 'online')) return done();
    if (fate === 'withdraw_online') {
      const at = draft.submittedAt + rng.int(60, 2 * 24 * 60) * MINUTE;
      exit(at, 'citizen_withdraw', 'citizen', 'withdrawn', 'Tôi nộp nhầm thủ tục, xin rút hồ sơ để nộp lại.');
      return done();
    }
    const delay = range(rng, [
      [[30, 120], 50],
      [[120, 480], 35],
      [[480, 1440], 12],
      [[1440, 2880], 3],
    ]);
    const acceptAt = addWork(calendar, hours, draft.submittedAt, delay);
    if (fate === 'refuse_intake') {
      exit(acceptAt, 'refuse', receiving, 'refused', rng.pick(REFUSALS_AT_INTAKE));
      return done();
    }
    const accepted = act(acceptAt, 'accept', receiving, () => {
      row.receivedAt = new Date(last);
      row.receivedOn = vnDate(row.receivedAt);
      const due = dueNow();
      row.dueAt = due.dueAt;
      row.dueExplanation = due.explanation;
      enterStep(0, last);
    });
    if (!accepted) return done();
  } else if (rng.chance(0.95) && !pay(draft.submittedAt + rng.int(2, 10) * MINUTE, 'counter')) {
    return done();
  }

  const received = row.receivedAt?.getTime() ?? draft.submittedAt;
  const due0 = row.dueAt?.getTime() ?? received;
  const dueDay = vnDate(new Date(due0));
  const wDue = workBetween(calendar, hours, received, due0);
  const wBefore = workBetween(calendar, hours, received, vnInstant(dueDay, 0).getTime());
  const lateShare = draft.plan.late;
  let target: OnTimeResult = rng.weighted<OnTimeResult>([
    ['early', (1 - lateShare) * 0.65],
    ['on_time', (1 - lateShare) * 0.35],
    ['late', lateShare],
  ]);
  if (target === 'early' && wBefore < 30) target = 'on_time';
  const signIndex = steps.findLastIndex((s) => s.phase === 'signature');
  const finishIndex = signIndex >= 0 ? signIndex : Math.max(0, steps.length - 2);
  const minimum = (finishIndex + 1) * 3;
  let work =
    target === 'early'
      ? wBefore * rng.between(0.2, 0.9)
      : target === 'on_time'
        ? wBefore + (wDue - wBefore) * rng.between(0.15, 0.97)
        : wDue +
          range(rng, [
            [[30, 2 * 480], 75],
            [[2 * 480, 8 * 480], 22],
            [[8 * 480, 20 * 480], 3],
          ]);
  work = Math.max(minimum, Math.round(work));

  // Where each step ends, in working minutes after receipt. The short administrative steps take part of their
  // allotted time (a late dossier's a little more); the processing steps take what is left of the whole.
  const before = steps.slice(0, finishIndex + 1);
  const slow = target === 'late' ? 1.4 : 0.9;
  let durations = before.map((s) =>
    s.phase === 'processing' ? 0 : s.allottedHours * 60 * rng.between(0.1, slow),
  );
  const fixed = durations.reduce((a, b) => a + b, 0);
  const processingHours = before.reduce(
    (sum, s) => sum + (s.phase === 'processing' ? s.allottedHours : 0),
    0,
  );
  const room = processingHours > 0 ? 0.5 : 1;
  if (fixed > work * room) durations = durations.map((d) => (d * work * room) / fixed);
  const left = work - durations.reduce((a, b) => a + b, 0);
  durations = durations.map((d, i) =>
    before[i]?.phase === 'processing' ? (left * (before[i]?.allottedHours ?? 0)) / processingHours : d,
  );
  const ends: number[] = [];
  let cumulative = 0;
  for (const [i, d] of durations.entries()) {
    cumulative += d;
    ends.push(Math.max(Math.round(cumulative), (ends[i - 1] ?? 0) + 3));
  }
  const processingIndex = steps.findIndex((s) => s.phase === 'processing');
  const inProcessing = (share: number) => {
    const start = ends[processingIndex - 1] ?? 0;
    const end = ends[processingIndex] ?? work;
    return Math.round(start + (end - start) * share);
  };
  const supplements =
    fate === 'abandon'
      ? 1
      : fate === 'normal' && method.timeLimit.amount > 0
        ? rng.weighted<number>([
            [0, 88],
            [1, 10.5],
            [2, 1.5],
          ])
        : 0;
  const requestShares = supplements === 2 ? [0.25, 0.7] : [rng.between(0.2, 0.6)];
  const interrupt =
    fate === 'refuse_processing' || fate === 'withdraw_counter' || fate === 'stop'
      ? { at: inProcessing(rng.between(0.1, 0.9)), fate }
      : null;

  for (let i = 0; i <= finishIndex; i++) {
    const step = steps[i];
    if (!step) break;
    if (step.phase === 'processing' && i === processingIndex) {
      for (const share of requestShares.slice(0, supplements)) {
        const at = addWork(calendar, hours, received, inProcessing(share), pausesOf(row));
        const asker = officer(row.currentUnitId, 'processing_officer', 'division_head');
        const items = components.filter((c) => c.provided).map((c) => c.name.slice(0, 300));
        const item = items.length > 0 ? [rng.pick(items)] : ['Tờ khai theo mẫu có đủ chữ ký'];
        const requested = act(
          at,
          'request_supplement',
          asker,
          () => {
            row.resumeState = row.state;
            row.state = 'waiting_supplement';
            row.pauses = [...row.pauses, { from: new Date(last).toISOString(), to: null, items: item }];
            row.supplementRequests += 1;
            row.dueAt = null;
          },
          { comment: SUPPLEMENT_REASON, details: { items: item } },
        );
        if (!requested) return done();
        const pausedAt = last;
        if (fate === 'abandon') {
          const at = addWork(calendar, hours, pausedAt + rng.int(25, 45) * DAY, 30);
          exit(at, 'withdraw', receiving, 'withdrawn', 'Quá thời hạn bổ sung, công dân đề nghị rút hồ sơ.');
          return done();
        }
        const back = addWork(calendar, hours, pausedAt + rng.int(1, 12) * DAY, rng.int(0, 300));
        const byCitizen = online && draft.citizen !== null;
        if (back > now) return done();
        const component = components.find((c) => c.name.slice(0, 300) === item[0]);
        addFile('supplement', back - 2 * MINUTE, {
          componentIndex: component?.index ?? null,
          name: `bo-sung-${slug(item[0] ?? 'giay-to')}.pdf`,
          uploadedBy: byCitizen ? (draft.citizen?.id ?? null) : asker.id,
        });
        act(
          back,
          byCitizen ? 'citizen_supplement' : 'complete_supplement',
          byCitizen ? 'citizen' : asker,
          () => {
            row.pauses = row.pauses.map((p) =>
              p.to === null ? { ...p, to: new Date(last).toISOString() } : p,
            );
            row.state = row.resumeState ?? 'processing';
            row.resumeState = null;
            const due = dueNow();
            row.dueAt = due.dueAt;
            row.dueExplanation = due.explanation;
            if (row.stepStartedAt) row.stepDueAt = stepDue(row.currentStep, row.stepStartedAt.getTime());
          },
        );
      }
    }
    if (interrupt && (ends[i] ?? 0) >= interrupt.at && i >= Math.max(1, processingIndex - 1)) {
      const at = addWork(calendar, hours, received, interrupt.at, pausesOf(row));
      if (interrupt.fate === 'refuse_processing') {
        const reason = rng.pick(REFUSALS_IN_PROCESSING);
        exit(at, 'refuse', officer(row.currentUnitId, 'division_head', 'unit_leader'), 'refused', reason);
      } else if (interrupt.fate === 'withdraw_counter') {
        exit(at, 'withdraw', receiving, 'withdrawn', 'Công dân đề nghị rút hồ sơ.');
      } else {
        const leader = officer(unit.id, 'unit_leader', 'receiving_officer');
        if (online && draft.citizen) {
          const asked = act(
            at,
            'stop_request',
            'citizen',
            () => {
              row.stopRequestedAt = new Date(last);
              row.stopRequestReason = STOP_REASON;
            },
            { comment: STOP_REASON },
          );
          if (!asked) return done();
        }
        exit(addWork(calendar, hours, at, rng.int(60, 960)), 'stop', leader, 'stopped', STOP_REASON);
      }
      return done();
    }
    let endAt = addWork(calendar, hours, received, ends[i] ?? work, pausesOf(row));
    if (step.phase === 'intake' && rng.chance(0.75)) {
      // Receiving officers often hand the session's dossiers over together as it closes; what comes in on the
      // last afternoon before a day off goes over when the office opens again.
      const day = vnDate(new Date(received));
      const sessions = sessionsOn(calendar, hours, day);
      const session = sessions.find((s) => s.from <= received && received < s.to);
      const next = addDays(day, 1);
      if (session === sessions.at(-1) && !isWorkingDay(calendar, next) && rng.chance(0.5)) {
        endAt = Math.max(endAt, addWork(calendar, hours, vnInstant(next, 0).getTime(), rng.int(10, 90)));
      } else if (session) endAt = Math.max(endAt, session.to - rng.int(0, 15) * MINUTE);
    }
    const next = i + 1;
    const actingUnit = step.unitId;
    if (step.phase === 'signature' || i === finishIndex) {
      const leader = officer(actingUnit, 'unit_leader', 'division_head');
      const handler = row.assigneeId ?? leader.id;
      const before = last;
      const signed = act(
        endAt,
        'sign',
        leader,
        () => {
          const dueAt = row.dueAt ?? new Date(last);
          enterStep(next, last);
          row.finishedAt = new Date(last);
          row.result = onTimeResult(new Date(last), dueAt, row.supplementRequests, vnDate);
          row.daysTaken = row.receivedAt
            ? workingDaysTaken(ctx.calendar, row.receivedAt, new Date(last), row.pauses)
            : null;
        },
        { completesStep: true, details: ctx.signer ? { signedFiles: 1, keyId: ctx.signer.keyId } : {} },
      );
      if (!signed) return done();
      // Signing needs the result attached first: it was uploaded shortly before, while waiting for signature.
      const uploadedAt = Math.max(
        before + MINUTE / 2,
        Math.min(last - MINUTE / 2, endAt - rng.int(5, 40) * MINUTE),
      );
      const result = addFile('result', uploadedAt, {
        name: `ket-qua-${slug(content.results[0]?.name ?? content.name)}.pdf`,
        uploadedBy: handler,
        ...(ctx.signer && ctx.files
          ? {
              signature: ctx.signer.sign(ctx.files.result.sha256),
              signatureKeyId: ctx.signer.keyId,
              signedBy: leader.id,
              signedByName: leader.fullName,
              signedAt: new Date(last),
            }
          : {}),
      });
      if (result && draft.citizen) ctx.documents.set(draft.citizen.id, result);
      break;
    }
    const phase = step.phase;
    if (phase === 'intake') {
      if (
        !act(endAt, 'hand_over', officer(actingUnit, 'receiving_officer'), () => enterStep(next, last), {
          completesStep: true,
        })
      )
        return done();
    } else if (phase === 'assignment') {
      const head = officer(actingUnit, 'division_head', 'unit_leader');
      const assignee = officer(steps[next]?.unitId ?? actingUnit, 'processing_officer', 'division_head');
      if (
        !act(
          endAt,
          'assign',
          head,
          () => {
            enterStep(next, last);
            row.assigneeId = assignee.id;
          },
          { completesStep: true, details: { assigneeId: assignee.id, assigneeName: assignee.fullName } },
        )
      )
        return done();
    } else if (phase === 'processing') {
      const worker =
        row.assigneeId && officersOf(actingUnit).processing_officer?.id === row.assigneeId
          ? officer(actingUnit, 'processing_officer')
          : officer(actingUnit, 'processing_officer', 'division_head');
      const moved = act(
        endAt,
        'submit_review',
        worker,
        () => {
          enterStep(next, last);
          if (steps[next]?.unitId !== actingUnit) row.assigneeId = null;
        },
        { completesStep: true },
      );
      if (!moved) return done();
    } else {
      const head = officer(actingUnit, 'division_head', 'unit_leader');
      if (!act(endAt, 'submit_signature', head, () => enterStep(next, last), { completesStep: true }))
        return done();
    }
  }
  if (row.state !== 'waiting_return' || !row.finishedAt) return done();

  // Handing the result over: at once when it is electronic, otherwise when the applicant comes for it.
  const finished = row.finishedAt.getTime();
  const returnAt =
    resultMethod === 'online'
      ? finished + rng.int(2, 40) * MINUTE
      : resultMethod === 'post'
        ? addWork(calendar, hours, finished, rng.int(60, 480))
        : rng.chance(0.02)
          ? Number.POSITIVE_INFINITY
          : addWork(
              calendar,
              hours,
              finished,
              range(rng, [
                [[10, 240], 40],
                [[240, 3 * 480], 45],
                [[3 * 480, 12 * 480], 15],
              ]),
            );
  if (returnAt > now) return done();
  if (!row.paidAt && !pay(returnAt - 3 * MINUTE, 'counter')) return done();
  const returned = act(
    returnAt,
    'return_result',
    receiving,
    () => {
      row.state = 'returned';
      row.returnedAt = new Date(last);
      row.stepDueAt = null;
    },
    { completesStep: true },
  );
  if (!returned || !online || !draft.citizen || !rng.chance(0.4)) return done();
  const ratedAt = (row.returnedAt?.getTime() ?? returnAt) + rng.int(10, 3 * 24 * 60) * MINUTE;
  if (ratedAt > now) return done();
  const late = row.result === 'late';
  const satisfied = rng.chance(late ? 0.45 : 0.93);
  const reasons: RatingReason[] = satisfied
    ? []
    : late
      ? ['late', ...(rng.chance(0.3) ? [rng.pick(RATING_REASONS.slice(1))] : [])]
      : [rng.pick(RATING_REASONS.slice(1))];
  rating = {
    dossierId: row.id,
    citizenId: draft.citizen.id,
    receivingUnitId: unit.id,
    satisfied,
    reasons: [...new Set(reasons)],
    comment: satisfied
      ? rng.chance(0.35)
        ? rng.pick(SATISFIED_COMMENTS)
        : null
      : (UNSATISFIED_COMMENTS[reasons[0] ?? 'other'] ?? null),
    createdAt: new Date(ratedAt),
  };
  return done();
}

// ---- the calendar of intake --------------------------------------------------------------------------------

/** Relative volume by month: quiet around Tết, busier in spring and in the school-enrolment summer. */
const MONTH_WEIGHT = [1, 1, 0.7, 1.1, 1, 1, 1.1, 1.2, 1.1, 1, 1, 1.05, 1];

function intakeDays(calendar: WorkCalendar) {
  const days: { date: string; weight: number; working: boolean; share: number }[] = [];
  const span = (Date.parse(HISTORY_WINDOW.to) - Date.parse(HISTORY_WINDOW.from)) / DAY;
  for (let date: string = HISTORY_WINDOW.from; date <= HISTORY_WINDOW.to; date = addDays(date, 1)) {
    const working = isWorkingDay(calendar, date);
    const month = Number(date.slice(5, 7));
    const share = (Date.parse(date) - Date.parse(HISTORY_WINDOW.from)) / DAY / span;
    days.push({ date, weight: (MONTH_WEIGHT[month] ?? 1) * (working ? 1 : 0.3), working, share });
  }
  return days;
}

/** A minute of office hours on a working day, or for online filing any time from early morning to late evening. */
function submissionInstant(rng: Rng, date: string, hours: OfficeHours, online: boolean): number {
  const closing = date === HISTORY_WINDOW.to ? 16 * 60 + 40 : 24 * 60;
  let minute: number;
  if (online && rng.chance(0.35)) minute = rng.int(6 * 60 + 30, 22 * 60 + 30);
  else {
    const session = rng.pick(hours);
    minute = rng.int(session.start, session.end - 5);
  }
  return vnInstant(date, Math.min(minute, closing)).getTime();
}

// ---- files -----------------------------------------------------------------------------------------------------

async function sampleFiles(store: FileStore) {
  const result = createPdf('Kết quả giải quyết thủ tục hành chính');
  title(result, 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', '(Bản điện tử — dữ liệu minh họa)');
  line(result, 'Cơ quan cấp', 'UBND tỉnh Quảng Trị');
  paragraph(
    result,
    'Văn bản này là kết quả điện tử minh họa của hệ thống Một Cửa, dùng chung cho các hồ sơ lịch sử của dữ liệu mẫu.',
  );
  signatures(result, [{ role: 'Thủ trưởng cơ quan' }]);
  const scan = createPdf('Bản chụp thành phần hồ sơ');
  title(scan, 'BẢN CHỤP THÀNH PHẦN HỒ SƠ', '(Số hóa khi tiếp nhận — dữ liệu minh họa)');
  paragraph(scan, 'Bản chụp giấy tờ do công dân nộp, đã được số hóa và lưu cùng hồ sơ.');
  return {
    result: await store.save(await render(result), 'ket-qua.pdf'),
    component: await store.save(await render(scan), 'thanh-phan-ho-so.pdf'),
  };
}

// ---- seeding ---------------------------------------------------------------------------------------------------

/**
 * Inserts many rows as one JSON parameter expanded by the database (jsonb_populate_recordset), in chunks: on PGlite
 * this is several times faster than a multi-row VALUES with a bind parameter per cell, and it runs the same on
 * PostgreSQL. Keys are the table's property names; columns left out take their defaults.
 */
async function insertRows<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  size = 2000,
) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(columns).filter((key) => rows.some((row) => key in row));
  const names = sql.join(
    keys.map((key) => sql.identifier(columns[key]?.name ?? key)),
    sql`, `,
  );
  const name = sql.identifier(getTableConfig(table).name);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size).map((row) => {
      const record = row as Record<string, unknown>;
      return Object.fromEntries(
        keys.map((key) => {
          const value = record[key];
          return [columns[key]?.name ?? key, value instanceof Date ? value.toISOString() : (value ?? null)];
        }),
      );
    });
    await tx.execute(
      sql`insert into ${name} (${names}) select ${names} from jsonb_populate_recordset(null::${name}, ${JSON.stringify(chunk)}::jsonb)`,
    );
  }
}

export type HistoryOptions = {
  /** The demo citizen, who owns a few of the online dossiers. */
  citizenId: string;
  /** The password hash of the demo accounts, for the citizens who filed online. */
  passwordHash: string;
  files?: FileStore | undefined;
  /** Signs the result files as the leader's signing would; without it they are stored unsigned. */
  signer?: Signer | undefined;
};

export type HistorySummary = { dossiers: number; events: number; files: number; ratings: number };

/**
 * Seeds the dossier history into a freshly seeded demo database, inside the caller's transaction. Needs the demo
 * units, officers, citizen and procedures; adds the province's service-centre workflows, the citizens who filed
 * online, the dossiers with their events, files, payments and ratings, and advances the daily code sequences.
 */
export async function seedHistory(tx: Executor, options: HistoryOptions): Promise<HistorySummary> {
  const rng = createRng(20260105);
  const ctx: Context = {
    rng,
    ids: createRng(0x5eed),
    calendar: await loadCalendar(tx, addDays(HISTORY_WINDOW.from, -7)),
    officers: new Map(),
    files: options.files ? await sampleFiles(options.files) : undefined,
    signer: options.signer,
    documents: new Map(),
  };
  const unitRows = await tx.select().from(units);
  const unitByPrefix = new Map(unitRows.map((u) => [u.accountPrefix, u]));
  const unitOf = (prefix: string) => {
    const unit = unitByPrefix.get(prefix);
    if (!unit) throw new Error(`demo unit ${prefix} missing`);
    return unit;
  };
  const province = unitOf('qti');

  const staff = await tx
    .select({ id: users.id, fullName: users.fullName, unitId: users.unitId, roles: users.roles })
    .from(users)
    .where(
      inArray(
        users.unitId,
        unitRows.map((u) => u.id),
      ),
    );
  for (const user of staff) {
    const unit = unitRows.find((u) => u.id === user.unitId);
    const byRole = ctx.officers.get(user.unitId) ?? {};
    for (const role of user.roles) {
      byRole[role] ??= {
        id: user.id,
        fullName: user.fullName,
        unitId: user.unitId,
        unitName: unit?.name ?? '',
      };
    }
    ctx.officers.set(user.unitId, byRole);
  }

  const versions = await tx
    .select({ id: procedureVersions.id, code: procedureVersions.code, content: procedureVersions.content })
    .from(procedureVersions)
    .where(eq(procedureVersions.status, 'published'));
  const versionOf = new Map(versions.map((v) => [v.code, v]));

  // The province's workflows for the procedures its service centre receives.
  const workflowRows = PROVINCIAL_WORKFLOWS.flatMap(([code, department]) => {
    const version = versionOf.get(code);
    if (!version) return [];
    const hours = Math.min(
      ...version.content.methods.map((m) => limitInHours(m.timeLimit.amount, m.timeLimit.unit)),
    );
    return [
      {
        procedureCode: code,
        ownerUnitId: province.id,
        processingUnitId: unitOf(department).id,
        versionNo: 1,
        status: 'published' as const,
        effectiveFrom: '2025-07-01',
        steps: defaultSteps(hours).map((s) => ({ ...s, name: WORKFLOW_STEP_NAMES[s.phase] })),
      },
    ];
  });
  if (workflowRows.length > 0) await tx.insert(workflows).values(workflowRows);

  // Who files: each dossier's applicant; online ones through a citizen account (a few through the demo citizen's).
  const person = createPeople(rng);
  const [demo] = await tx.select().from(citizens).where(eq(citizens.id, options.citizenId));
  if (!demo) throw new Error('demo citizen missing');
  const demoPerson: PersonRecord = {
    fullName: demo.fullName,
    identificationNumber: demo.identificationNumber,
    dateOfBirth: '1990-05-12',
    address: 'Khu phố 2, phường Quảng Trị, tỉnh Quảng Trị',
    phone: demo.phone,
    email: demo.email,
  };
  const citizenRows: (typeof citizens.$inferInsert)[] = [];
  const accountsByUnit = new Map<string, { id: string; person: PersonRecord }[]>();
  const days = intakeDays(ctx.calendar);
  const workingDays = days.filter((d) => d.working);
  let demoDossiers = 0;

  const drafts: Draft[] = [];
  for (const plan of UNIT_PLANS) {
    const unit = unitOf(plan.prefix);
    const hours = officeHoursOf(unit.officeHours);
    for (let n = 0; n < plan.count; n++) {
      const day = rng.weighted(workingDays.map((d) => [d, d.weight] as const));
      const month = Number(day.date.slice(5, 7));
      const code = rng.weighted(
        plan.procedures.map(
          ([c, w]) => [c, c === '3.000182' ? (month >= 6 && month <= 8 ? w * 4 : 0) : w] as const,
        ),
      );
      const version = versionOf.get(code);
      if (!version) continue;
      const content = version.content;
      const trend = 0.85 + 0.3 * day.share;
      const channels = content.methods.map((m) => m.channel);
      const channel = rng.weighted<Channel>(
        (
          [
            ['online', plan.online * trend],
            ['postal', plan.postal],
            ['direct', Math.max(0.05, 1 - plan.online * trend - plan.postal)],
          ] as const
        ).filter(([c]) => channels.includes(c)),
      );
      let date = day.date;
      // Online filing does not wait for office hours: some of it arrives over the weekend.
      if (channel === 'online' && rng.chance(0.15)) {
        const next = addDays(date, 1);
        if (!isWorkingDay(ctx.calendar, next) && next <= HISTORY_WINDOW.to) date = next;
      }
      let citizen: Draft['citizen'] = null;
      if (channel === 'online') {
        const known = accountsByUnit.get(plan.prefix) ?? [];
        // The demo citizen's own history is closed by now: what they file during the demo stays easy to find.
        if (plan.prefix !== 'qti.minhhoa' && date < '2026-09-01' && demoDossiers < 8 && rng.chance(0.02)) {
          citizen = { id: demo.id, person: demoPerson };
          demoDossiers++;
        } else if (known.length > 5 && rng.chance(0.25)) citizen = rng.pick(known);
        else {
          const p = person(plan);
          const id = uuidFrom(ctx.ids);
          citizenRows.push({
            id,
            fullName: p.fullName,
            identificationNumber: p.identificationNumber,
            dateOfBirth: p.dateOfBirth,
            address: p.address,
            passwordHash: options.passwordHash,
            createdAt: new Date(vnInstant(date, 0).getTime() - rng.int(1, 400) * DAY),
          });
          citizen = { id, person: p };
          known.push(citizen);
          accountsByUnit.set(plan.prefix, known);
        }
      }
      drafts.push({
        plan,
        unit,
        hours,
        content,
        versionId: version.id,
        channel,
        submittedAt: submissionInstant(rng, date, hours, channel === 'online'),
        citizen,
        applicant: citizen?.person ?? person(plan),
      });
    }
  }
  drafts.sort((a, b) => a.submittedAt - b.submittedAt);

  // Codes in the order of filing, per unit and day, as the daily sequence would have handed them out.
  const sequences = new Map<string, number>();
  const stepsCache = new Map<string, DossierStep[]>();
  const built: Built[] = [];
  for (const draft of drafts) {
    const day = vnDate(new Date(draft.submittedAt));
    const key = `${draft.unit.id}|${day}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const code = `${draft.unit.code}-${day.slice(2).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`;
    const method = draft.content.methods.find((m) => m.channel === draft.channel);
    const limit = method ? limitInHours(method.timeLimit.amount, method.timeLimit.unit) : 8;
    const stepsKey = `${draft.content.code}|${draft.unit.id}|${limit}`;
    let steps = stepsCache.get(stepsKey);
    if (!steps) {
      steps = await resolveSteps(tx, draft.content.code, draft.unit, limit, day);
      stepsCache.set(stepsKey, steps);
    }
    built.push(simulate(ctx, draft, code, steps));
  }
  // The applicants of dossiers still running left an e-mail address: the alerts they get once their dossier is
  // overdue go there rather than by SMS (the SMS outbox stays with what the demo and its tests send).
  for (const { row } of built) {
    if (NOT_RUNNING.includes(row.state) || row.applicant.email) continue;
    const year = row.applicant.dateOfBirth?.slice(2, 4) ?? '';
    row.applicant = {
      ...row.applicant,
      email: `${ascii(row.applicant.fullName).toLowerCase().replace(/\s+/g, '.')}${year}@gmail.com`,
    };
  }

  await insertRows(tx, citizens, citizenRows);
  await insertRows(
    tx,
    dossiers,
    built.map((b) => b.row),
  );
  const events = built.flatMap((b) => b.events);
  await insertRows(tx, dossierEvents, events);
  const fileRows = built.flatMap((b) => b.files);
  await insertRows(tx, dossierFiles, fileRows);
  await insertRows(
    tx,
    payments,
    built.flatMap((b) => b.payments),
  );
  const ratings = built.flatMap((b) => (b.rating ? [b.rating] : []));
  await insertRows(tx, dossierRatings, ratings);
  // Real intakes on those days continue after the history's numbers.
  const sequenceRows = [...sequences].map(([key, last]) => {
    const [unitId = '', day = ''] = key.split('|');
    return { unitId, day, last };
  });
  await tx
    .insert(dossierSequences)
    .values(sequenceRows)
    .onConflictDoUpdate({
      target: [dossierSequences.unitId, dossierSequences.day],
      set: { last: sql`greatest(${dossierSequences.last}, excluded.last)` },
    });
  return { dossiers: built.length, events: events.length, files: fileRows.length, ratings: ratings.length };
}

/** The dossier history's own units, for tests and tools: those that received dossiers in it. */
export const HISTORY_UNIT_PREFIXES = UNIT_PLANS.map((p) => p.prefix);
