/**
 * The legal clock: due dates of administrative procedures on the Vietnamese working-day calendar.
 * Pure functions, used by the API to set appointments and by the SPAs to preview and explain them.
 * Every date is Vietnam's wall clock (UTC+7, no daylight saving).
 */
import { z } from 'zod';

export const TIME_UNITS = ['working_days', 'working_hours', 'calendar_days'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const DAY_OFF_KINDS = ['holiday', 'compensation', 'swap'] as const;
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export const TIME_UNIT_LABELS: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  working_hours: 'giờ làm việc',
  calendar_days: 'ngày',
};

/** Days off on weekdays and Saturdays worked instead, by date (YYYY-MM-DD). */
export type WorkCalendar = {
  daysOff: ReadonlyMap<string, { name: string; kind: DayOffKind }>;
  makeUpDays: ReadonlyMap<string, { name: string }>;
};

/** Office sessions of a working day, in minutes after midnight: e.g. 07:30–11:30 and 13:00–17:00. */
export type OfficeHours = readonly { start: number; end: number }[];
export const DEFAULT_OFFICE_HOURS: OfficeHours = [
  { start: 7 * 60 + 30, end: 11 * 60 + 30 },
  { start: 13 * 60, end: 17 * 60 },
];

/** Office sessions given as HH:mm, in minutes; the default when a unit has none. */
export function officeHoursOf(
  sessions: readonly { start: string; end: string }[] | null | undefined,
): OfficeHours {
  if (!sessions || sessions.length === 0) return DEFAULT_OFFICE_HOURS;
  return sessions.map((s) => ({ start: parseHhmm(s.start), end: parseHhmm(s.end) }));
}

/** One line of the derivation shown to officers and citizens. */
export const ExplanationLineSchema = z.object({
  kind: z.enum(['received', 'moved', 'counted', 'skipped', 'paused', 'due', 'extended', 'waiting']),
  from: z.iso.date(),
  to: z.iso.date(),
  text: z.string(),
});
export type ExplanationLine = z.infer<typeof ExplanationLineSchema>;

export type Pause = { from: Date; to: Date | null };

export type DueDateInput = {
  receivedAt: Date;
  amount: number;
  unit: TimeUnit;
  calendar: WorkCalendar;
  officeHours?: OfficeHours;
  /** Received after this minute of the day, a dossier counts as received on the next working day. */
  cutoffMinutes?: number | null;
  /** Time waiting for the applicant's supplement, excluded from the count. */
  pauses?: readonly Pause[];
  /** The one-time extension (Mẫu 04): replaces the computed date. */
  extension?: { dueAt: Date; reason: string } | null;
};

export type DueDate = {
  /** null while the dossier waits for the applicant: the date is only known once the clock resumes. */
  dueAt: Date | null;
  explanation: ExplanationLine[];
};

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The Vietnam calendar date of an instant. */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes after midnight, Vietnam time. */
export function vnMinutes(instant: Date): number {
  const ms = (instant.getTime() + OFFSET_MS) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / 60_000);
}

/** The instant at `minutes` after midnight of a Vietnam date. */
export function vnInstant(date: string, minutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minutes * 60_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** ISO 8601 with the +07:00 offset, as the API returns dates. */
export function toVnIso(instant: Date): string {
  return `${new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** dd/MM/yyyy, as Vietnamese documents write dates. */
export function formatVnDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Why a date is not worked, or null when it is a working day. */
export function dayOffReason(calendar: WorkCalendar, date: string): string | null {
  if (calendar.makeUpDays.has(date)) return null;
  const off = calendar.daysOff.get(date);
  if (off) return off.name;
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6 ? (WEEKDAYS[weekday] ?? null) : null;
}

export function isWorkingDay(calendar: WorkCalendar, date: string): boolean {
  return dayOffReason(calendar, date) === null;
}

export function nextWorkingDay(calendar: WorkCalendar, date: string): string {
  let day = addDays(date, 1);
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}

function pausedAt(pauses: readonly Pause[], instant: Date): Pause | undefined {
  return pauses.find((p) => p.from <= instant && (p.to === null || p.to > instant));
}

/** Collects lines, merging a run of consecutive days of the same kind and text into one "from–to" line. */
class Derivation {
  readonly lines: ExplanationLine[] = [];

  add(kind: ExplanationLine['kind'], date: string, text: string, mergeable = false) {
    const last = this.lines.at(-1);
    if (mergeable && last && last.kind === kind && last.text === text && addDays(last.to, 1) === date) {
      last.to = date;
      return;
    }
    this.lines.push({ kind, from: date, to: date, text });
  }
}

/** Where counting starts: the working day on which a dossier counts as received, and why. */
function effectiveReceipt(input: DueDateInput, hours: OfficeHours, out: Derivation): string {
  const { receivedAt, calendar } = input;
  const date = vnDate(receivedAt);
  const minutes = vnMinutes(receivedAt);
  out.add('received', date, `Tiếp nhận lúc ${formatMinutes(minutes)} ngày ${formatVnDate(date)}`);
  const reason = dayOffReason(calendar, date);
  const closing = hours.at(-1)?.end ?? 24 * 60;
  let moved: string | null = null;
  if (reason) moved = `nhận vào ngày nghỉ (${reason})`;
  else if (
    input.cutoffMinutes !== undefined &&
    input.cutoffMinutes !== null &&
    minutes >= input.cutoffMinutes
  ) {
    moved = `nhận sau ${formatMinutes(input.cutoffMinutes)}`;
  } else if (minutes >= closing) moved = 'nhận ngoài giờ hành chính';
  if (!moved) return date;
  const next = nextWorkingDay(calendar, date);
  out.add('moved', next, `Hồ sơ ${moved}: tính là nhận ngày ${formatVnDate(next)}`);
  return next;
}

function countWorkingDays(input: DueDateInput, hours: OfficeHours, out: Derivation): Date | null {
  const { calendar, amount, pauses = [] } = input;
  const closing = hours.at(-1)?.end ?? 17 * 60;
  const receipt = effectiveReceipt(input, hours, out);
  if (amount === 0) return vnInstant(receipt, closing);
  let remaining = amount;
  let counted = 0;
  // Counting starts the working day after receipt; a day counts unless the dossier waits for the
  // applicant at the close of that day.
  for (let day = addDays(receipt, 1), guard = 0; guard < 5000; day = addDays(day, 1), guard++) {
    const reason = dayOffReason(calendar, day);
    if (reason) {
      out.add('skipped', day, `Không tính: ${reason}`);
      continue;
    }
    const close = vnInstant(day, closing);
    const pause = pausedAt(pauses, close);
    if (pause) {
      if (pause.to === null) {
        out.add(
          'waiting',
          day,
          `Đang chờ bổ sung hồ sơ từ ${formatVnDate(vnDate(pause.from))}: tạm dừng tính thời hạn`,
        );
        return null;
      }
      out.add('paused', day, 'Không tính: chờ công dân bổ sung hồ sơ', true);
      continue;
    }
    counted++;
    remaining--;
    out.add('counted', day, 'Ngày làm việc được tính', true);
    if (remaining === 0) {
      const last = out.lines.at(-1);
      if (last) last.text = `Ngày làm việc được tính (đến ngày thứ ${counted})`;
      return close;
    }
  }
  throw new Error('due date beyond the calendar');
}

function countWorkingHours(input: DueDateInput, hours: OfficeHours, out: Derivation): Date | null {
  const { calendar, pauses = [] } = input;
  const receipt = effectiveReceipt(input, hours, out);
  const sameDay = receipt === vnDate(input.receivedAt);
  // Steps may be allotted fractions of an hour: count whole minutes, at least one.
  let remaining = Math.max(1, Math.round(input.amount * 60));
  for (let day = receipt, guard = 0; guard < 5000; day = addDays(day, 1), guard++) {
    const reason = dayOffReason(calendar, day);
    if (reason) {
      if (day !== receipt) out.add('skipped', day, `Không tính: ${reason}`);
      continue;
    }
    let used = 0;
    for (const session of hours) {
      let start = vnInstant(day, session.start).getTime();
      if (day === receipt && sameDay) start = Math.max(start, input.receivedAt.getTime());
      const end = vnInstant(day, session.end).getTime();
      // Walk the session minute by minute over the pauses that cut it.
      for (let t = start; t < end; t += 60_000) {
        const pause = pausedAt(pauses, new Date(t));
        if (pause) {
          if (pause.to === null) {
            out.add(
              'waiting',
              day,
              `Đang chờ bổ sung hồ sơ từ ${formatVnDate(vnDate(pause.from))}: tạm dừng tính thời hạn`,
            );
            return null;
          }
          continue;
        }
        used++;
        remaining--;
        if (remaining === 0) {
          out.add('counted', day, `Tính ${used} phút làm việc`);
          return new Date(t + 60_000);
        }
      }
    }
    if (used > 0) out.add('counted', day, `Tính ${used / 60} giờ làm việc`);
  }
  throw new Error('due date beyond the calendar');
}

function countCalendarDays(input: DueDateInput, hours: OfficeHours, out: Derivation): Date | null {
  const { calendar, pauses = [] } = input;
  const closing = hours.at(-1)?.end ?? 17 * 60;
  const receipt = vnDate(input.receivedAt);
  out.add('received', receipt, `Tiếp nhận ngày ${formatVnDate(receipt)}`);
  let day = receipt;
  for (let remaining = input.amount; remaining > 0;) {
    day = addDays(day, 1);
    const pause = pausedAt(pauses, vnInstant(day, closing));
    if (pause) {
      if (pause.to === null) {
        out.add(
          'waiting',
          day,
          `Đang chờ bổ sung hồ sơ từ ${formatVnDate(vnDate(pause.from))}: tạm dừng tính thời hạn`,
        );
        return null;
      }
      out.add('paused', day, 'Không tính: chờ công dân bổ sung hồ sơ', true);
      continue;
    }
    remaining--;
    out.add('counted', day, 'Ngày được tính', true);
  }
  // A period whose last day is a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148).
  const reason = dayOffReason(calendar, day);
  if (reason) {
    const next = nextWorkingDay(calendar, day);
    out.add(
      'moved',
      next,
      `Ngày cuối (${formatVnDate(day)}) là ngày nghỉ (${reason}): chuyển sang ${formatVnDate(next)}`,
    );
    day = next;
  }
  return vnInstant(day, closing);
}

/**
 * The appointment of a dossier and how it was derived. Working days count from the working day after receipt
 * and end at the close of office hours of the last counted day.
 */
export function computeDueDate(input: DueDateInput): DueDate {
  const hours = input.officeHours ?? DEFAULT_OFFICE_HOURS;
  const out = new Derivation();
  const count = {
    working_days: countWorkingDays,
    working_hours: countWorkingHours,
    calendar_days: countCalendarDays,
  }[input.unit];
  let dueAt = count(input, hours, out);
  if (dueAt) {
    const date = vnDate(dueAt);
    out.add('due', date, `Hẹn trả kết quả: ${formatMinutes(vnMinutes(dueAt))} ngày ${formatVnDate(date)}`);
  }
  if (input.extension) {
    dueAt = input.extension.dueAt;
    const date = vnDate(dueAt);
    out.add(
      'extended',
      date,
      `Gia hạn đến ${formatMinutes(vnMinutes(dueAt))} ngày ${formatVnDate(date)}: ${input.extension.reason}`,
    );
  }
  return { dueAt, explanation: out.lines };
}

/** Builds a calendar from rows of days off and make-up days, as stored or as shipped for 2024–2026. */
export function buildCalendar(
  daysOff: readonly { date: string; name: string; kind: DayOffKind }[],
  makeUpDays: readonly { date: string; name: string }[],
): WorkCalendar {
  return {
    daysOff: new Map(daysOff.map((d) => [d.date, { name: d.name, kind: d.kind }])),
    makeUpDays: new Map(makeUpDays.map((d) => [d.date, { name: d.name }])),
  };
}

// ---- API contract ----------------------------------------------------------------------------------------------

export const CALENDAR_DAY_KINDS = ['holiday', 'compensation', 'swap', 'makeup'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export const CONFIDENCE_LEVELS = ['confirmed', 'secondary', 'unconfirmed'] as const;

export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  holiday: 'Nghỉ lễ, Tết',
  compensation: 'Nghỉ bù',
  swap: 'Nghỉ hoán đổi',
  makeup: 'Làm bù (thứ Bảy)',
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function parseHhmm(value: string): number {
  const [h = 0, m = 0] = value.split(':').map(Number);
  return h * 60 + m;
}

export const DueDateQuerySchema = z.object({
  start: z.iso
    .datetime({ offset: true })
    .describe('Time of receipt, ISO 8601 with offset, e.g. 2026-02-13T09:00:00+07:00'),
  amount: z.coerce.number().int().min(0).max(3650).describe('Legal time limit'),
  unit: z.enum(TIME_UNITS),
  cutoff: z
    .string()
    .regex(HHMM, 'Giờ dạng HH:mm')
    .optional()
    .describe('Receipts after this hour count from the next working day'),
});
export type DueDateQuery = z.infer<typeof DueDateQuerySchema>;

export const DueDateResponseSchema = z.object({
  dueAt: z.string().nullable().describe('ISO 8601 with +07:00'),
  explanation: z.array(ExplanationLineSchema),
});
export type DueDateResponse = z.infer<typeof DueDateResponseSchema>;

export const CalendarDaySchema = z
  .object({
    date: z.iso.date(),
    kind: z.enum(CALENDAR_DAY_KINDS),
    name: z.string().trim().min(2).max(200),
    confidence: z.enum(CONFIDENCE_LEVELS).default('confirmed'),
    source: z.string().trim().max(500).nullable().default(null),
  })
  .refine(
    (d) => (d.kind === 'makeup' ? weekdayOf(d.date) === 6 : weekdayOf(d.date) >= 1 && weekdayOf(d.date) <= 5),
    {
      message: 'Ngày nghỉ phải là ngày thường (thứ Hai–thứ Sáu); ngày làm bù phải là thứ Bảy',
      path: ['date'],
    },
  );
export type CalendarDay = z.output<typeof CalendarDaySchema>;

export const CalendarYearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const CalendarYearSchema = z.object({
  year: z.number().int(),
  days: z.array(CalendarDaySchema),
});
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarYearUpdateSchema = z
  .object({ days: z.array(CalendarDaySchema).max(60) })
  .refine((v) => new Set(v.days.map((d) => d.date)).size === v.days.length, {
    message: 'Mỗi ngày chỉ xuất hiện một lần',
    path: ['days'],
  });
