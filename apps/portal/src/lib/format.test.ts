import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstant, formatInstantAsDate, formatVnd, initialsOf } from './format';

describe('formatInstantAsDate', () => {
  it("uses Vietnam's date even when the instant is still the previous day in UTC", () => {
    expect(formatInstantAsDate('2026-03-14T18:30:00Z')).toBe('15/03/2026');
  });
});

describe('formatCalendarDate', () => {
  it('reorders without shifting the day', () => {
    expect(formatCalendarDate('1990-01-01')).toBe('01/01/1990');
    expect(formatCalendarDate('not a date')).toBe('not a date');
  });
});

describe('initialsOf', () => {
  it('takes the family name and the given name, keeping Vietnamese letters', () => {
    expect(initialsOf('Nguyễn Văn An')).toBe('NA');
    expect(initialsOf('  đặng   ánh ')).toBe('ĐÁ');
    expect(initialsOf('Bình')).toBe('B');
  });
});

describe('formatInstant', () => {
  it("shows day, month, year, then hours and minutes on Vietnam's clock", () => {
    expect(formatInstant('2026-11-22T20:32:24+07:00')).toBe('22/11/2026 20:32');
    expect(formatInstant('2026-03-14T17:05:00Z')).toBe('15/03/2026 00:05');
    expect(formatInstant('soon')).toBe('soon');
  });
});

describe('formatVnd', () => {
  it('groups thousands with dots, as Vietnamese amounts are written', () => {
    expect(formatVnd(10000)).toBe('10.000 đồng');
    expect(formatVnd(1250000)).toBe('1.250.000 đồng');
  });
});
