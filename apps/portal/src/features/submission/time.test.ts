import { describe, expect, it } from 'vitest';
import { formatTime } from './time';

describe('formatTime', () => {
  it("shows the time on Vietnam's clock whatever the device's zone", () => {
    expect(formatTime('2026-11-22T07:05:00.000Z')).toBe('14:05');
    expect(formatTime('2026-11-22T17:30:00Z')).toBe('00:30');
  });

  it('leaves an unreadable value as it is', () => {
    expect(formatTime('not a date')).toBe('not a date');
  });
});
