import { describe, expect, it } from 'vitest';
import {
  defaultSteps,
  legalLimitHours,
  limitInHours,
  shareOfLimit,
  timeBudget,
  totalHours,
} from './step-hours';

describe('the legal limit in working hours', () => {
  it('counts a working day as 8 hours and takes the strictest channel', () => {
    expect(limitInHours(7, 'working_days')).toBe(56);
    expect(limitInHours(20, 'working_hours')).toBe(20);
    expect(
      legalLimitHours([
        { timeLimit: { amount: 10, unit: 'working_days' } },
        { timeLimit: { amount: 7, unit: 'working_days' } },
      ]),
    ).toBe(56);
    expect(legalLimitHours([])).toBeUndefined();
  });
});

describe('the steps against the limit', () => {
  it('sums to two decimals and ignores a step still being typed', () => {
    expect(totalHours([0.1, 0.2])).toBe(0.3);
    expect(totalHours([4, Number.NaN, 36, -2])).toBe(40);
  });

  it('is over the limit only past it', () => {
    expect(timeBudget([4, 4, 36, 4, 4, 4], 56)).toMatchObject({ total: 56, over: false, remaining: 0 });
    const over = timeBudget([4, 4, 48, 4, 4, 4], 56);
    expect(over).toMatchObject({ total: 68, allowed: 56, over: true, remaining: -12 });
    expect(over.ratio).toBeCloseTo(68 / 56);
  });

  it('lets a same-day procedure use one working day, as publication does', () => {
    expect(timeBudget([2, 2, 2, 2], 0)).toMatchObject({ allowed: 8, over: false, remaining: 0 });
    expect(timeBudget([2, 2, 2, 2.5], 0).over).toBe(true);
  });

  it('gives each step its share of the limit in per cent', () => {
    expect(shareOfLimit(14, 56)).toBe(25);
    expect(shareOfLimit(4, 0)).toBe(0);
    expect(shareOfLimit(2, 4)).toBe(25);
  });
});

describe('defaultSteps', () => {
  it('gives half a day to each administrative step and the rest to processing', () => {
    const steps = defaultSteps(56);
    expect(steps.map((s) => s.phase)).toEqual([
      'intake',
      'assignment',
      'processing',
      'review',
      'signature',
      'return',
    ]);
    expect(steps.map((s) => s.allottedHours)).toEqual([4, 4, 36, 4, 4, 4]);
  });

  it('scales a short limit down so the total still fits', () => {
    const steps = defaultSteps(8);
    expect(totalHours(steps.map((s) => s.allottedHours))).toBe(8);
    expect(steps[0]?.allottedHours).toBeLessThan(4);
  });
});
