import { describe, expect, it } from 'vitest';
import { barWidth, formatCount, formatPercent, formatScore, ratio } from './figures';

describe('figures', () => {
  it('writes rates as Vietnamese percentages, and a dash when there is nothing to divide', () => {
    expect(formatPercent(0.875)).toBe('87,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.12345)).toBe('12,3%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(3, 0)).toBeNull();
  });

  it('writes scores with at most two decimals and counts with thousands separators', () => {
    expect(formatScore(12.345)).toBe('12,35');
    expect(formatScore(18)).toBe('18');
    expect(formatCount(12345)).toBe('12.345');
  });

  it('keeps a bar within its track', () => {
    expect(barWidth(9, 18)).toBe(50);
    expect(barWidth(20, 18)).toBe(100);
    expect(barWidth(-1, 18)).toBe(0);
    expect(barWidth(5, 0)).toBe(0);
  });
});
