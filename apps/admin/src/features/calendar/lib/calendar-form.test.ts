import { CalendarYearUpdateSchema } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import {
  byDate,
  calendarErrorField,
  formToDays,
  mapCalendarErrors,
  type CalendarFormValues,
} from './calendar-form';

describe('calendar editor ↔ request body', () => {
  it('sends an empty source as null and keeps the rows in the officer’s order', () => {
    const values: CalendarFormValues = {
      days: [
        { date: '2030-01-01', kind: 'holiday', name: 'Tết Dương lịch', confidence: 'confirmed', source: ' ' },
        {
          date: '2030-01-05',
          kind: 'makeup',
          name: 'Làm bù',
          confidence: 'unconfirmed',
          source: 'Thông báo',
        },
      ],
    };
    const body = formToDays(values);
    expect(body.days[0]?.source).toBeNull();
    expect(CalendarYearUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('is refused when a day off falls on a weekend, on that row', () => {
    const body = formToDays({
      days: [{ date: '2030-01-05', kind: 'holiday', name: 'Sai', confidence: 'confirmed', source: '' }],
    });
    const parsed = CalendarYearUpdateSchema.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['days', 0, 'date']);
  });

  it('sorts by date with undated rows last', () => {
    expect(byDate([{ date: '' }, { date: '2026-09-02' }, { date: '2026-01-01' }]).map((d) => d.date)).toEqual(
      ['2026-01-01', '2026-09-02', ''],
    );
  });
});

describe('server errors on the calendar editor', () => {
  it('puts row errors on their row and list errors on the table', () => {
    expect(calendarErrorField('body.days.0.date', 3)).toBe('days.0.date');
    expect(calendarErrorField('body.days.2.name', 3)).toBe('days.2.name');
    expect(calendarErrorField('body.days', 3)).toBe('days');
    expect(calendarErrorField('body.days.7.date', 3)).toBe('days');
    expect(calendarErrorField('params.year', 3)).toBeUndefined();
  });

  it('keeps the first message per field and the rest for the form', () => {
    const mapped = mapCalendarErrors(
      [
        { field: 'body.days.0.date', message: 'Ngày nghỉ phải là ngày thường (thứ Hai–thứ Sáu)' },
        { field: 'body.days.0.date', message: 'Ngày phải thuộc năm 2030' },
        { field: 'params.year', message: 'Năm không hợp lệ' },
      ],
      1,
    );
    expect(mapped.fields).toEqual([
      { name: 'days.0.date', message: 'Ngày nghỉ phải là ngày thường (thứ Hai–thứ Sáu)' },
    ]);
    expect(mapped.rest).toEqual(['Năm không hợp lệ']);
  });
});
