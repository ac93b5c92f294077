import { describe, expect, it } from 'vitest';
import { barWidth, formatCount, formatDays, formatShare } from './scoreboard-format';

describe('formatShare', () => {
  it('writes a share as a Vietnamese percentage with one decimal', () => {
    expect(formatShare(0.8734)).toBe('87,3%');
    expect(formatShare(0.8904)).toBe('89,0%');
    expect(formatShare(1)).toBe('100,0%');
    expect(formatShare(0)).toBe('0,0%');
    expect(formatShare(null)).toBeNull();
  });
});

describe('formatDays', () => {
  it('writes working days with one decimal and a comma', () => {
    expect(formatDays(4.25)).toBe('4,3');
    expect(formatDays(3)).toBe('3,0');
    expect(formatDays(12.04)).toBe('12,0');
    expect(formatDays(null)).toBeNull();
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(7)).toBe('7');
  });
});

describe('barWidth', () => {
  it('is the share in percent, kept within the track', () => {
    expect(barWidth(0.5)).toBe(50);
    expect(barWidth(0.8734)).toBe(87.3);
    expect(barWidth(1.2)).toBe(100);
    expect(barWidth(-0.1)).toBe(0);
    expect(barWidth(null)).toBe(0);
  });
});
