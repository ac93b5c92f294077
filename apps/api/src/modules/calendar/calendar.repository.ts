import { and, asc, gte, lte } from 'drizzle-orm';
import type { CalendarDay } from '@motcua/shared';
import type { Executor } from '../../db/client';
import { calendarDays } from '../../db/schema';

export function createCalendarRepository(db: Executor) {
  return {
    listBetween(from: string, to: string, executor: Executor = db) {
      return executor
        .select()
        .from(calendarDays)
        .where(and(gte(calendarDays.date, from), lte(calendarDays.date, to)))
        .orderBy(asc(calendarDays.date));
    },

    /** Replaces a year's exceptions with `days` (all inside that year). */
    async replaceYear(executor: Executor, year: number, days: CalendarDay[], updatedBy: string) {
      await executor
        .delete(calendarDays)
        .where(and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`)));
      if (days.length > 0) await executor.insert(calendarDays).values(days.map((d) => ({ ...d, updatedBy })));
    },
  };
}
