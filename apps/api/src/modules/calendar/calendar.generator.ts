import { LunarCalendar } from '@dqcai/vn-lunar';
import { addDays, weekdayOf, type CalendarDay } from '@motcua/shared';

/** The solar date of a Vietnamese lunar date (the library computes at UTC+7, unlike Chinese calendars). */
function lunarToSolar(day: number, month: number, year: number): string {
  const { solarDate } = LunarCalendar.fromLunar(day, month, year);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${solarDate.year}-${pad(solarDate.month)}-${pad(solarDate.day)}`;
}

const isWeekend = (date: string) => weekdayOf(date) === 0 || weekdayOf(date) === 6;

/**
 * A proposal of a year's days off for an administrator to confirm (Bộ luật Lao động 2019, art. 111–112): the solar
 * holidays, five days of Tết from the last day of the lunar year, Giỗ Tổ on 10/3 lunar, 1/9 beside National Day, and a
 * compensation day on the next free working day for each holiday that falls on a weekend. Swaps and make-up
 * Saturdays are decided each year by the Prime Minister and are left for the administrator to add.
 */
export function proposeYear(year: number): CalendarDay[] {
  const tet = lunarToSolar(1, 1, year);
  const holidays: { date: string; name: string }[] = [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    { date: addDays(tet, -1), name: 'Tết Nguyên đán (ngày cuối năm Âm lịch)' },
    ...[0, 1, 2, 3].map((i) => ({
      date: addDays(tet, i),
      name: `Tết Nguyên đán (mùng ${i + 1} tháng Giêng)`,
    })),
    { date: lunarToSolar(10, 3, year), name: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động' },
    { date: `${year}-09-01`, name: 'Quốc khánh (ngày liền kề)' },
    { date: `${year}-09-02`, name: 'Quốc khánh' },
  ];
  const taken = new Set(holidays.map((h) => h.date));
  const days: CalendarDay[] = [];
  for (const holiday of holidays.sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(holiday.date)) {
      days.push({
        date: holiday.date,
        kind: 'holiday',
        name: holiday.name,
        confidence: 'unconfirmed',
        source: null,
      });
      continue;
    }
    let compensation = addDays(holiday.date, 1);
    while (isWeekend(compensation) || taken.has(compensation)) compensation = addDays(compensation, 1);
    taken.add(compensation);
    days.push({
      date: compensation,
      kind: 'compensation',
      name: `Nghỉ bù ${holiday.name}`,
      confidence: 'unconfirmed',
      source: null,
    });
  }
  return days.filter((d) => d.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}
