import { describe, expect, it } from 'vitest';
import { countdown, dueStatus } from './due-status';

const at = (iso: string) => new Date(iso);

describe('countdown', () => {
  it('counts Vietnam calendar days, not 24-hour periods', () => {
    // 22:00 on the 22nd in Hanoi, due at 17:00 on the 24th: two days, although under 48 hours remain.
    expect(countdown(at('2026-11-24T17:00:00+07:00'), at('2026-11-22T22:00:00+07:00'))).toEqual({
      text: 'Còn 2 ngày',
      tone: 'warning',
      overdue: false,
    });
  });

  it('is calm while more than two days remain', () => {
    expect(countdown(at('2026-12-02T17:00:00+07:00'), at('2026-11-23T08:00:00+07:00'))).toEqual({
      text: 'Còn 9 ngày',
      tone: 'success',
      overdue: false,
    });
  });

  it('shows hours, then minutes, on the due day', () => {
    const due = at('2026-11-23T17:00:00+07:00');
    expect(countdown(due, at('2026-11-23T13:30:00+07:00')).text).toBe('Còn 3 giờ');
    expect(countdown(due, at('2026-11-23T16:35:00+07:00')).text).toBe('Còn 25 phút');
    expect(countdown(due, at('2026-11-23T16:59:30+07:00')).text).toBe('Còn 1 phút');
  });

  it('says by how many days a dossier is overdue', () => {
    expect(countdown(at('2026-11-20T17:00:00+07:00'), at('2026-11-21T08:00:00+07:00'))).toEqual({
      text: 'Quá hạn 1 ngày',
      tone: 'danger',
      overdue: true,
    });
    expect(countdown(at('2026-11-20T17:00:00+07:00'), at('2026-11-23T09:00:00+07:00')).text).toBe(
      'Quá hạn 3 ngày',
    );
  });

  it('says hours when the deadline passed earlier the same day', () => {
    expect(countdown(at('2026-11-23T11:30:00+07:00'), at('2026-11-23T14:00:00+07:00')).text).toBe(
      'Quá hạn 2 giờ',
    );
    expect(countdown(at('2026-11-23T11:30:00+07:00'), at('2026-11-23T11:40:00+07:00')).text).toBe(
      'Quá hạn 1 giờ',
    );
  });

  it('uses the Vietnam date even when UTC is still on the previous day', () => {
    // 00:30 in Hanoi is 17:30 UTC the day before; the dossier is due at 17:00 the same Hanoi day.
    expect(countdown(at('2026-11-23T10:00:00Z'), at('2026-11-22T17:30:00Z')).text).toBe('Còn 16 giờ');
  });
});

describe('dueStatus', () => {
  const now = at('2026-11-23T09:00:00+07:00');

  it('shows the on-time result of a finished dossier instead of a countdown', () => {
    expect(
      dueStatus({ state: 'returned', dueAt: '2026-11-20T17:00:00+07:00', result: 'on_time' }, now),
    ).toEqual({ text: 'Đúng hạn', tone: 'success', overdue: false });
    expect(dueStatus({ state: 'waiting_return', dueAt: null, result: 'late' }, now)?.tone).toBe('danger');
  });

  it('shows nothing for a dossier closed without a result', () => {
    expect(dueStatus({ state: 'refused', dueAt: '2026-11-20T17:00:00+07:00', result: null }, now)).toBeNull();
  });

  it('says the clock is paused while waiting for a supplement', () => {
    expect(dueStatus({ state: 'waiting_supplement', dueAt: null, result: null }, now)?.text).toBe(
      'Tạm dừng chờ bổ sung',
    );
  });

  it('counts down an open dossier', () => {
    expect(
      dueStatus({ state: 'processing', dueAt: '2026-11-22T17:00:00+07:00', result: null }, now),
    ).toMatchObject({ text: 'Quá hạn 1 ngày', overdue: true });
  });
});
