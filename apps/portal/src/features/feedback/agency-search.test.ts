import { describe, expect, it } from 'vitest';
import { matchAgencies } from './agency-search';

const agency = (name: string, i: number) => ({ id: `id-${i}`, name, level: 'province' });
const agencies = ['Bộ Tài chính', 'UBND thành phố Hà Nội', 'Sở Xây dựng Hà Nội', 'UBND tỉnh Quảng Bình'].map(
  agency,
);

describe('matchAgencies', () => {
  it('finds agencies by every word typed, without diacritics, đ included', () => {
    expect(matchAgencies(agencies, 'ha noi').map((a) => a.name)).toEqual([
      'UBND thành phố Hà Nội',
      'Sở Xây dựng Hà Nội',
    ]);
    expect(matchAgencies(agencies, 'XAY DUNG').map((a) => a.name)).toEqual(['Sở Xây dựng Hà Nội']);
    expect(matchAgencies(agencies, 'bộ tài').map((a) => a.name)).toEqual(['Bộ Tài chính']);
    expect(matchAgencies(agencies, 'quang binh, ubnd').map((a) => a.name)).toEqual(['UBND tỉnh Quảng Bình']);
  });

  it('lists them all before anything is typed, and none for words no name holds', () => {
    expect(matchAgencies(agencies, '  ')).toHaveLength(4);
    expect(matchAgencies(agencies, 'đà nẵng')).toEqual([]);
  });
});
