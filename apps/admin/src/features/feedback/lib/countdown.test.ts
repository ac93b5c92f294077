import { describe, expect, it } from 'vitest';
import { countdownText, deadlineStatus, liveState } from './countdown';

// 09:00 on 10 March 2026 in Vietnam (UTC+7).
const now = new Date('2026-03-10T02:00:00Z');

describe('countdownText', () => {
  it('counts Vietnam calendar days, whatever the hour', () => {
    // 17:00 on 12 March in Vietnam: two days ahead, though only 56 hours away.
    expect(countdownText(new Date('2026-03-12T10:00:00Z'), now)).toBe('Còn 2 ngày');
    // 00:30 on 11 March in Vietnam: tomorrow, though only 15.5 hours away.
    expect(countdownText(new Date('2026-03-10T17:30:00Z'), now)).toBe('Còn 1 ngày');
  });

  it('shows hours, then minutes, on the day itself', () => {
    expect(countdownText(new Date('2026-03-10T10:00:00Z'), now)).toBe('Còn 8 giờ');
    expect(countdownText(new Date('2026-03-10T02:20:00Z'), now)).toBe('Còn 20 phút');
    expect(countdownText(new Date('2026-03-10T02:00:10Z'), now)).toBe('Còn 1 phút');
  });

  it('says how late, in days once the date has passed and in hours on the same day', () => {
    expect(countdownText(new Date('2026-03-09T10:00:00Z'), now)).toBe('Quá hạn 1 ngày');
    expect(countdownText(new Date('2026-03-01T10:00:00Z'), now)).toBe('Quá hạn 9 ngày');
    expect(countdownText(new Date('2026-03-10T00:30:00Z'), now)).toBe('Quá hạn 1 giờ');
  });
});

describe('deadlineStatus', () => {
  const open = { dueAt: '2026-03-12T10:00:00.000Z', doneAt: null };

  it('colours a running deadline by the state the server gave', () => {
    expect(deadlineStatus({ ...open, state: 'open' }, now)).toEqual({
      text: 'Còn 2 ngày',
      tone: 'success',
      state: 'open',
    });
    expect(deadlineStatus({ ...open, state: 'due_soon' }, now).tone).toBe('warning');
  });

  it('turns red once the time has passed while the page stayed open', () => {
    const later = new Date('2026-03-13T02:00:00Z');
    expect(liveState({ ...open, state: 'due_soon' }, later)).toBe('overdue');
    expect(deadlineStatus({ ...open, state: 'due_soon' }, later)).toEqual({
      text: 'Quá hạn 1 ngày',
      tone: 'danger',
      state: 'overdue',
    });
  });

  it('gives the outcome of a deadline already done, not a countdown', () => {
    const done = { dueAt: open.dueAt, doneAt: '2026-03-11T03:00:00.000Z' };
    expect(deadlineStatus({ ...done, state: 'met' }, now)).toEqual({
      text: 'Đúng hạn',
      tone: 'success',
      state: 'met',
    });
    expect(deadlineStatus({ ...done, state: 'missed' }, new Date('2026-04-01T00:00:00Z'))).toEqual({
      text: 'Trễ hạn',
      tone: 'danger',
      state: 'missed',
    });
  });
});
