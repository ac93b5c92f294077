import { describe, expect, it } from 'vitest';
import { fold, matchByName } from './fold';

describe('matching unit names as typed', () => {
  const units = [
    { id: '1', name: 'Ủy ban nhân dân tỉnh Quảng Trị' },
    { id: '2', name: 'Bộ Tư pháp' },
    { id: '3', name: 'Ủy ban nhân dân thành phố Đà Nẵng' },
  ];

  it('folds case, diacritics and đ', () => {
    expect(fold('  Đà   Nẵng ')).toBe('da nang');
    expect(fold('Quảng Trị')).toBe('quang tri');
  });

  it('keeps the items holding every word typed, in their order', () => {
    expect(matchByName(units, 'da nang').map((u) => u.id)).toEqual(['3']);
    expect(matchByName(units, 'uy ban').map((u) => u.id)).toEqual(['1', '3']);
    expect(matchByName(units, 'tư PHÁP').map((u) => u.id)).toEqual(['2']);
    expect(matchByName(units, '   ').map((u) => u.id)).toEqual(['1', '2', '3']);
    expect(matchByName(units, 'Hà Nội')).toEqual([]);
  });
});
