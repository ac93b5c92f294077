import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstantAsDate, initialsOf } from './format';

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
