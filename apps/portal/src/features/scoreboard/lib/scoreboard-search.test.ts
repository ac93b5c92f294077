import { describe, expect, it } from 'vitest';
import { item } from './fixtures';
import { filterByName, queryWords } from './scoreboard-search';

const items = ['Phường Đồng Hới', 'Xã Đồng Trạch', 'Sở Tư pháp', 'Phường Đông Hà', 'Xã Hải Lăng'].map(
  (name) => item(name),
);

function names(query: string): string[] {
  return filterByName(items, query).map((i) => i.unitName);
}

describe('filterByName', () => {
  it('finds names without diacritics, đ typed as d', () => {
    expect(names('dong hoi')).toEqual(['Phường Đồng Hới']);
    expect(names('DONG')).toEqual(['Phường Đồng Hới', 'Xã Đồng Trạch', 'Phường Đông Hà']);
    expect(names('tu phap')).toEqual(['Sở Tư pháp']);
  });

  it('matches every word in any order, with or without diacritics, Đ included', () => {
    expect(names('hới đồng')).toEqual(['Phường Đồng Hới']);
    expect(names('Đông Hà')).toEqual(['Phường Đông Hà']);
    expect(names('phuong, ha')).toEqual(['Phường Đông Hà']);
  });

  it('matches text typed in decomposed form (some phone keyboards send NFD)', () => {
    expect(names('Đồng Hới'.normalize('NFD'))).toEqual(['Phường Đồng Hới']);
  });

  it('lists every agency for an empty query and none for a word no name holds', () => {
    expect(names('  ')).toHaveLength(items.length);
    expect(names('hue')).toEqual([]);
  });
});

describe('queryWords', () => {
  it('folds and splits what was typed', () => {
    expect(queryWords(' Đồng  Hới, ')).toEqual(['dong', 'hoi']);
  });
});
