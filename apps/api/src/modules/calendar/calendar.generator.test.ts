import { describe, expect, it } from 'vitest';
import { proposeYear } from './calendar.generator';

function dates(year: number, kind?: string) {
  return proposeYear(year)
    .filter((d) => !kind || d.kind === kind)
    .map((d) => d.date);
}

describe('proposeYear', () => {
  it('finds Tết and Giỗ Tổ on the Vietnamese lunar calendar', () => {
    // Official 2026: Tết off 16–20/02, Giỗ Tổ on Sunday 26/04 compensated on Monday 27/04.
    expect(dates(2026)).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-04-27',
        '2026-04-30',
        '2026-05-01',
        '2026-09-01',
        '2026-09-02',
      ]),
    );
    expect(dates(2026, 'compensation')).toEqual(['2026-04-27']);
  });

  it('uses the Vietnamese date where Chinese calendars differ (Tết 2030 is 02/02 in Vietnam)', () => {
    // A Chinese calendar puts mùng 1 on Sunday 03/02 and the last day of the year on Saturday 02/02.
    const byDate = new Map(proposeYear(2030).map((d) => [d.date, d.name]));
    expect(byDate.get('2030-02-01')).toBe('Tết Nguyên đán (ngày cuối năm Âm lịch)');
    expect(byDate.get('2030-02-05')).toBe('Tết Nguyên đán (mùng 4 tháng Giêng)');
  });

  it('compensates Tết days that fall on a weekend after the break (2027: Tết on Saturday 06/02)', () => {
    expect(dates(2027)).toEqual(
      expect.arrayContaining(['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']),
    );
    expect(proposeYear(2027).every((d) => d.confidence === 'unconfirmed')).toBe(true);
  });

  it('lists only weekdays', () => {
    for (const year of [2027, 2028, 2029]) {
      for (const d of proposeYear(year))
        expect([1, 2, 3, 4, 5]).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    }
  });
});
