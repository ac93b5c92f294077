import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked } from './lockout';

const limits = { maxFailures: 3, lockMinutes: 15 };
const now = new Date('2026-03-02T08:00:00+07:00');

describe('afterFailedLogin', () => {
  it('counts failures below the limit without locking', () => {
    expect(afterFailedLogin(0, limits, now)).toEqual({ failedLogins: 1, lockedUntil: null });
    expect(afterFailedLogin(1, limits, now)).toEqual({ failedLogins: 2, lockedUntil: null });
  });
  it('locks for the configured minutes at the limit and starts counting again', () => {
    const after = afterFailedLogin(2, limits, now);
    expect(after.failedLogins).toBe(0);
    expect(after.lockedUntil?.toISOString()).toBe('2026-03-02T01:15:00.000Z');
  });
});

describe('isLocked', () => {
  it('is locked only until the lock time passes', () => {
    const until = new Date(now.getTime() + 60_000);
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, new Date(now.getTime() + 60_001))).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
