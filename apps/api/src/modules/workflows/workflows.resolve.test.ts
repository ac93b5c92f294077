import { describe, expect, it } from 'vitest';
import { defaultSteps } from './workflows.resolve';

function total(steps: { allottedHours: number }[]) {
  return Math.round(steps.reduce((sum, s) => sum + s.allottedHours, 0) * 100) / 100;
}

describe('defaultSteps', () => {
  it('covers the six phases and sums to the legal limit', () => {
    const steps = defaultSteps(7 * 8);
    expect(steps.map((s) => s.phase)).toEqual([
      'intake',
      'assignment',
      'processing',
      'review',
      'signature',
      'return',
    ]);
    expect(total(steps)).toBe(56);
    expect(steps.find((s) => s.phase === 'processing')?.allottedHours).toBe(36);
  });

  it('shares out a one-day limit without exceeding it', () => {
    const steps = defaultSteps(8);
    expect(total(steps)).toBe(8);
    expect(steps.every((s) => s.allottedHours > 0)).toBe(true);
  });

  it('gives same-day procedures one working day of internal steps', () => {
    expect(total(defaultSteps(0))).toBe(8);
  });
});
