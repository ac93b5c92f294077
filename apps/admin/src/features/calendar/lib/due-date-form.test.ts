import { DueDateQuerySchema } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { splitVnIso, toDueDateQuery, validateDueDateForm } from './due-date-form';

const messages = { dateRequired: 'Chọn ngày', timeRequired: 'Nhập giờ', numberRequired: 'Nhập thời hạn' };

describe('the due-date calculator', () => {
  it('sends the receipt as Vietnam time with its offset', () => {
    const query = toDueDateQuery({
      date: '2026-02-13',
      time: '09:00',
      amount: '3',
      unit: 'working_days',
      cutoff: '',
    });
    expect(query).toEqual({ start: '2026-02-13T09:00:00+07:00', amount: 3, unit: 'working_days' });
    expect(DueDateQuerySchema.safeParse(query).success).toBe(true);
  });

  it('passes a valid form through with its cut-off', () => {
    const result = validateDueDateForm(
      { date: '2026-02-13', time: '16:30', amount: '8', unit: 'working_hours', cutoff: '15:00' },
      messages,
    );
    expect(result.errors).toBeNull();
    expect(result.query).toMatchObject({ amount: 8, unit: 'working_hours', cutoff: '15:00' });
  });

  it('puts errors on the boxes the officer typed in', () => {
    const result = validateDueDateForm(
      { date: '', time: '25:00', amount: '', unit: 'working_days', cutoff: '' },
      messages,
    );
    expect(result.query).toBeNull();
    expect(result.errors).toEqual({ date: 'Chọn ngày', time: 'Nhập giờ', amount: 'Nhập thời hạn' });
  });

  it('reports a time limit out of range with the schema’s message', () => {
    const result = validateDueDateForm(
      { date: '2026-02-13', time: '09:00', amount: '4000', unit: 'working_days', cutoff: '' },
      messages,
    );
    expect(result.errors?.amount).toBeTruthy();
    expect(result.errors?.date).toBeUndefined();
  });

  it('reads the date and time of the answer without a time zone', () => {
    expect(splitVnIso('2026-02-25T17:00:00+07:00')).toEqual({ date: '2026-02-25', time: '17:00' });
  });
});
