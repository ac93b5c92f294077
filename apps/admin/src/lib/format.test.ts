import { describe, expect, it } from 'vitest';
import { addDays, formatDate, formatDateTime, isIsoDate, todayInVietnam } from './format';

describe('formatDate', () => {
  it('writes day/month/year', () => {
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
  });
  it('leaves anything else as it is', () => {
    expect(formatDate('30/06/2025')).toBe('30/06/2025');
  });
});

describe('formatDateTime', () => {
  it('shows the instant in Vietnamese time (UTC+7)', () => {
    expect(formatDateTime('2026-11-22T17:30:00.000Z')).toBe('23/11/2026 00:30');
  });
});

describe('todayInVietnam', () => {
  it('is already tomorrow in Hanoi at 18:00 UTC', () => {
    expect(todayInVietnam(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2025-06-30')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-6-3')).toBe(false);
  });
});
