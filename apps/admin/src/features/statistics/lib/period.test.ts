import { describe, expect, it } from 'vitest';
import {
  currentQuarter,
  matchQuarter,
  quarterOf,
  quarterWindow,
  rangeErrors,
  rangeParams,
  readRange,
  recentYears,
  yearToDate,
} from './period';

describe('quarters', () => {
  it('runs each quarter from its first day to the last day of its third month', () => {
    expect(quarterWindow(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterWindow(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterWindow(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterWindow(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('puts a date in its quarter', () => {
    expect(quarterOf('2026-01-01')).toBe(1);
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
    expect(quarterOf('2026-12-31')).toBe(4);
    expect(currentQuarter('2026-08-15')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('recognises a range that is exactly a quarter, and nothing else', () => {
    expect(matchQuarter({ from: '2025-10-01', to: '2025-12-31' })).toEqual({ year: 2025, quarter: 4 });
    expect(matchQuarter({ from: '2025-10-01', to: '2025-12-30' })).toBeNull();
    expect(matchQuarter({ from: '2025-10-02', to: '2025-12-31' })).toBeNull();
    expect(matchQuarter({ from: 'nonsense', to: '2025-12-31' })).toBeNull();
  });

  it('offers this year and the four before it', () => {
    expect(recentYears('2026-05-20')).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});

describe('the period in the address', () => {
  const fallback = yearToDate('2026-05-20');

  it('defaults to this year so far and keeps the default out of the address', () => {
    expect(fallback).toEqual({ from: '2026-01-01', to: '2026-05-20' });
    expect(readRange(new URLSearchParams(''), fallback)).toEqual(fallback);
    expect(rangeParams(fallback, fallback)).toEqual({});
    expect(rangeParams({ from: '2025-07-01', to: '2026-05-20' }, fallback)).toEqual({ from: '2025-07-01' });
  });

  it('falls back for an end that is not a date', () => {
    expect(readRange(new URLSearchParams('from=2025-07-01&to=2026-02-30'), fallback)).toEqual({
      from: '2025-07-01',
      to: '2026-05-20',
    });
  });

  it('refuses a range that ends before it starts, or a date half typed', () => {
    expect(rangeErrors({ from: '2026-05-01', to: '2026-04-30' })).toEqual({
      to: 'Ngày kết thúc phải sau ngày bắt đầu',
    });
    expect(rangeErrors({ from: '2026-05', to: '2026-04-30' })).toEqual({ from: 'Nhập ngày hợp lệ' });
    expect(rangeErrors({ from: '2026-05-01', to: '2026-05-01' })).toEqual({});
  });
});
