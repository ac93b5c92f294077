import { describe, expect, it } from 'vitest';
import { formatCell, isNumericKind } from './cells';

describe('formatCell', () => {
  it('writes numbers and shares the Vietnamese way', () => {
    expect(formatCell(1234567, 'number')).toBe('1.234.567');
    expect(formatCell(2.5, 'number')).toBe('2,5');
    expect(formatCell(0.853, 'percent')).toMatch(/^85,3\s?%$/);
    expect(formatCell(1, 'percent')).toMatch(/^100\s?%$/);
  });

  it('writes dates as dd/mm/yyyy and instants in Vietnam time', () => {
    expect(formatCell('2025-06-30', 'date')).toBe('30/06/2025');
    expect(formatCell('2025-06-30T17:30:00.000Z', 'datetime')).toBe('01/07/2025 00:30');
  });

  it('says yes or no', () => {
    expect(formatCell(true, 'boolean')).toBe('Có');
    expect(formatCell(false, 'boolean')).toBe('Không');
  });

  it('shows a dash for an empty cell, never a zero', () => {
    expect(formatCell(null, 'number')).toBe('—');
    expect(formatCell(undefined, 'text')).toBe('—');
    expect(formatCell('', 'text')).toBe('—');
    expect(formatCell(0, 'number')).toBe('0');
  });

  it('keeps text as it is', () => {
    expect(formatCell('Đã trả kết quả', 'text')).toBe('Đã trả kết quả');
  });

  it('aligns numbers and shares', () => {
    expect(isNumericKind('percent')).toBe(true);
    expect(isNumericKind('date')).toBe(false);
  });
});
