import { describe, expect, it } from 'vitest';
import { buildCalendar, vnInstant } from './calendar';
import { CustomReportSchema, StatisticsFilterSchema, workingDaysTaken } from './statistics';

const calendar = buildCalendar([{ date: '2026-09-02', name: 'Quốc khánh', kind: 'holiday' }], []);

describe('working days taken', () => {
  it('counts working days after receipt up to the result, skipping weekends and holidays', () => {
    // Fri 28/8 → Thu 3/9: Mon 31/8 and Tue 1/9 count, Wed 2/9 is a holiday, Thu 3/9 counts.
    expect(
      workingDaysTaken(calendar, vnInstant('2026-08-28', 9 * 60), vnInstant('2026-09-03', 10 * 60)),
    ).toBe(3);
    expect(
      workingDaysTaken(calendar, vnInstant('2026-08-28', 9 * 60), vnInstant('2026-08-28', 15 * 60)),
    ).toBe(0);
  });

  it('leaves out the days the clock was paused for a supplement', () => {
    const pauses = [
      {
        from: vnInstant('2026-08-31', 8 * 60).toISOString(),
        to: vnInstant('2026-09-01', 16 * 60).toISOString(),
      },
    ];
    expect(
      workingDaysTaken(calendar, vnInstant('2026-08-28', 9 * 60), vnInstant('2026-09-03', 10 * 60), pauses),
    ).toBe(1);
  });
});

describe('report definitions', () => {
  it('refuses a column chosen twice and a range that ends before it starts', () => {
    expect(CustomReportSchema.safeParse({ columns: ['code', 'code'] }).success).toBe(false);
    const range = StatisticsFilterSchema.safeParse({ from: '2026-05-01', to: '2026-04-01' });
    expect(range.success ? [] : range.error.issues.map((i) => i.path.join('.'))).toEqual(['to']);
    expect(CustomReportSchema.parse({ columns: ['code'] })).toEqual({
      columns: ['code'],
      filter: { dateField: 'received' },
      groupBy: null,
    });
  });
});
