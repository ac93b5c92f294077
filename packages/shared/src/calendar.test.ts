import { describe, expect, it } from 'vitest';
import { computeDueDate, isWorkingDay, toVnIso, vnInstant, type DueDateInput } from './calendar';
import { officialCalendar } from './calendar-reference';

const calendar = officialCalendar();

/** A Vietnam wall-clock time, e.g. at('2026-03-02 10:00'). */
function at(local: string): Date {
  const [date = '', time = '00:00'] = local.split(' ');
  const [h = 0, m = 0] = time.split(':').map(Number);
  return vnInstant(date, h * 60 + m);
}

function due(input: Partial<DueDateInput> & Pick<DueDateInput, 'receivedAt' | 'amount'>) {
  const result = computeDueDate({ unit: 'working_days', calendar, ...input });
  return { iso: result.dueAt ? toVnIso(result.dueAt) : null, explanation: result.explanation };
}

describe('the working-day calendar', () => {
  it('knows weekends, holidays, compensation days, swaps and make-up Saturdays', () => {
    expect(isWorkingDay(calendar, '2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay(calendar, '2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay(calendar, '2026-02-17')).toBe(false); // Tết
    expect(isWorkingDay(calendar, '2026-04-27')).toBe(false); // compensation for Giỗ Tổ on a Sunday
    expect(isWorkingDay(calendar, '2026-01-02')).toBe(false); // swapped day off
    expect(isWorkingDay(calendar, '2026-01-10')).toBe(true); // Saturday worked for it
    expect(isWorkingDay(calendar, '2026-08-31')).toBe(false);
    expect(isWorkingDay(calendar, '2026-08-22')).toBe(true);
  });
});

describe('computeDueDate in working days', () => {
  it('counts from the next working day and ends at the close of office hours', () => {
    expect(due({ receivedAt: at('2026-03-02 10:00'), amount: 3 }).iso).toBe('2026-03-05T17:00:00+07:00');
  });

  it('skips the weekend', () => {
    expect(due({ receivedAt: at('2026-03-06 10:00'), amount: 1 }).iso).toBe('2026-03-09T17:00:00+07:00');
  });

  it('skips the whole Tết 2026 break and says why', () => {
    const result = due({ receivedAt: at('2026-02-13 09:00'), amount: 3 });
    expect(result.iso).toBe('2026-02-25T17:00:00+07:00');
    const skipped = result.explanation.filter((l) => l.kind === 'skipped').map((l) => l.from);
    expect(skipped).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(result.explanation.find((l) => l.from === '2026-02-17')?.text).toContain('Tết Nguyên đán');
    expect(result.explanation.find((l) => l.kind === 'counted')).toMatchObject({
      from: '2026-02-23',
      to: '2026-02-25',
    });
  });

  it('handles the National Day 2026 swap: 31/08 off, Saturday 22/08 worked', () => {
    expect(due({ receivedAt: at('2026-08-27 09:00'), amount: 2 }).iso).toBe('2026-09-03T17:00:00+07:00');
    expect(due({ receivedAt: at('2026-08-21 09:00'), amount: 1 }).iso).toBe('2026-08-22T17:00:00+07:00');
  });

  it('counts a dossier received after the cut-off hour from the next working day', () => {
    const late = due({ receivedAt: at('2026-03-02 15:30'), amount: 1, cutoffMinutes: 15 * 60 });
    expect(late.iso).toBe('2026-03-04T17:00:00+07:00');
    expect(late.explanation.some((l) => l.kind === 'moved' && l.text.includes('sau 15:00'))).toBe(true);
    const early = due({ receivedAt: at('2026-03-02 14:59'), amount: 1, cutoffMinutes: 15 * 60 });
    expect(early.iso).toBe('2026-03-03T17:00:00+07:00');
  });

  it('treats receipt on a day off or after office hours as receipt on the next working day', () => {
    expect(due({ receivedAt: at('2026-03-01 09:00'), amount: 1 }).iso).toBe('2026-03-03T17:00:00+07:00');
    expect(due({ receivedAt: at('2026-03-02 18:00'), amount: 1 }).iso).toBe('2026-03-04T17:00:00+07:00');
    expect(due({ receivedAt: at('2026-02-17 09:00'), amount: 1 }).iso).toBe('2026-02-24T17:00:00+07:00');
  });

  it('excludes a supplement pause that spans a holiday', () => {
    const result = due({
      receivedAt: at('2026-04-20 09:00'),
      amount: 5,
      pauses: [{ from: at('2026-04-23 10:00'), to: at('2026-04-28 09:00') }],
    });
    // Counted: 21, 22 (pause 23–27, with the weekend and the Giỗ Tổ compensation day), 28, 29, then 04/05.
    expect(result.iso).toBe('2026-05-04T17:00:00+07:00');
    expect(result.explanation.find((l) => l.kind === 'paused')).toMatchObject({
      from: '2026-04-23',
      to: '2026-04-24',
    });
  });

  it('has no date while the dossier still waits for the applicant', () => {
    const result = due({
      receivedAt: at('2026-04-20 09:00'),
      amount: 5,
      pauses: [{ from: at('2026-04-21 10:00'), to: null }],
    });
    expect(result.iso).toBeNull();
    expect(result.explanation.at(-1)?.kind).toBe('waiting');
  });

  it('returns same-day procedures at the close of the receipt day', () => {
    expect(due({ receivedAt: at('2026-03-02 09:00'), amount: 0 }).iso).toBe('2026-03-02T17:00:00+07:00');
  });

  it('replaces the date with a one-time extension and records the reason', () => {
    const result = due({
      receivedAt: at('2026-03-02 09:00'),
      amount: 3,
      extension: { dueAt: at('2026-03-10 17:00'), reason: 'Cần xác minh thực địa' },
    });
    expect(result.iso).toBe('2026-03-10T17:00:00+07:00');
    expect(result.explanation.at(-1)).toMatchObject({ kind: 'extended' });
    expect(result.explanation.at(-1)?.text).toContain('Cần xác minh thực địa');
  });
});

describe('computeDueDate in working hours', () => {
  it('counts office minutes only, across the lunch break and into the next day', () => {
    const result = computeDueDate({
      receivedAt: at('2026-03-02 10:00'),
      amount: 8,
      unit: 'working_hours',
      calendar,
    });
    expect(result.dueAt && toVnIso(result.dueAt)).toBe('2026-03-03T10:00:00+07:00');
  });

  it('starts at the opening of the next working day when received on a day off', () => {
    const result = computeDueDate({
      receivedAt: at('2026-03-07 10:00'),
      amount: 4,
      unit: 'working_hours',
      calendar,
    });
    expect(result.dueAt && toVnIso(result.dueAt)).toBe('2026-03-09T11:30:00+07:00');
  });

  it('stops the clock during a pause', () => {
    const result = computeDueDate({
      receivedAt: at('2026-03-02 08:00'),
      amount: 4,
      unit: 'working_hours',
      calendar,
      pauses: [{ from: at('2026-03-02 09:00'), to: at('2026-03-02 14:00') }],
    });
    // 08:00–09:00 (1 h), paused until 14:00, then 14:00–17:00 (3 h).
    expect(result.dueAt && toVnIso(result.dueAt)).toBe('2026-03-02T17:00:00+07:00');
  });
});

describe('computeDueDate in calendar days', () => {
  it('moves a period ending on a day off to the next working day', () => {
    const result = computeDueDate({
      receivedAt: at('2026-08-24 09:00'),
      amount: 5,
      unit: 'calendar_days',
      calendar,
    });
    // 29/08 is a Saturday; 30/08 Sunday, 31/08 swapped, 01–02/09 National Day: the period ends on 03/09.
    expect(result.dueAt && toVnIso(result.dueAt)).toBe('2026-09-03T17:00:00+07:00');
    expect(result.explanation.some((l) => l.kind === 'moved')).toBe(true);
  });

  it('ends on the last day when it is a working day', () => {
    const result = computeDueDate({
      receivedAt: at('2026-03-02 09:00'),
      amount: 10,
      unit: 'calendar_days',
      calendar,
    });
    expect(result.dueAt && toVnIso(result.dueAt)).toBe('2026-03-12T17:00:00+07:00');
  });
});
