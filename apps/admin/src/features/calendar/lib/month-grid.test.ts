import type { CalendarDay } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { dayStatus, daysInMonth, monthGrid, weekdayOf, yearSummary } from './month-grid';

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with the neighbouring months', () => {
    // 1 February 2026 is a Sunday: six empty cells before it.
    const weeks = monthGrid(2026, 2);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[3]?.[1]).toBe('2026-02-17');
    expect(weeks.at(-1)?.at(-1)).toBe(null);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(28);
  });

  it('knows leap years and a month that starts on Monday', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    // 1 June 2026 is a Monday: no padding before it.
    expect(monthGrid(2026, 6)[0]?.[0]).toBe('2026-06-01');
    expect(weekdayOf('2026-02-17')).toBe(2);
  });
});

describe('dayStatus', () => {
  const tet: CalendarDay = {
    date: '2026-02-17',
    kind: 'holiday',
    name: 'Tết Nguyên đán (mùng 1 Bính Ngọ)',
    confidence: 'confirmed',
    source: null,
  };
  const makeUp: CalendarDay = {
    date: '2026-01-10',
    kind: 'makeup',
    name: 'Làm bù cho ngày 02/01/2026',
    confidence: 'secondary',
    source: null,
  };
  const exceptions = new Map([tet, makeUp].map((d) => [d.date, d]));

  it('reads exceptions first, then weekends', () => {
    expect(dayStatus('2026-02-17', exceptions)).toEqual({ kind: 'holiday', entry: tet });
    expect(dayStatus('2026-01-10', exceptions)).toEqual({ kind: 'makeup', entry: makeUp });
    expect(dayStatus('2026-01-11', exceptions)).toEqual({ kind: 'weekend' });
    expect(dayStatus('2026-02-23', exceptions)).toEqual({ kind: 'workday' });
  });

  it('counts days off and make-up days', () => {
    expect(yearSummary([tet, makeUp, { kind: 'swap' }])).toEqual({ daysOff: 2, makeUp: 1 });
  });
});
