import { describe, expect, it } from 'vitest';
import { item } from './fixtures';
import { ariaSortOf, DEFAULT_SORT, nextSort, sortItems } from './scoreboard-sort';

const donghoi = item('Phường Đồng Hới', {
  resolved: 120,
  onTimeShare: 0.95,
  averageDays: 3.2,
  rated: 40,
  satisfiedShare: 0.9,
});
const anThuy = item('Xã An Thủy', {
  resolved: 30,
  onTimeShare: 0.8,
  averageDays: 5.5,
  rated: 4,
  satisfiedShare: 1,
});
const tuPhap = item('Sở Tư pháp', { resolved: 300, onTimeShare: 0.95, averageDays: 2, rated: 0 });
const empty = item('Xã Bố Trạch');
const items = [empty, anThuy, tuPhap, donghoi];

function names(list: readonly { unitName: string }[]): string[] {
  return list.map((i) => i.unitName);
}

describe('sortItems', () => {
  it('ranks by on-time share first, the share measured on more dossiers ahead in a tie, unmeasured last', () => {
    expect(names(sortItems(items, DEFAULT_SORT))).toEqual([
      'Sở Tư pháp',
      'Phường Đồng Hới',
      'Xã An Thủy',
      'Xã Bố Trạch',
    ]);
  });

  it('keeps unmeasured agencies last in either direction', () => {
    const ascending = sortItems(items, { column: 'satisfiedShare', direction: 'asc' });
    expect(names(ascending)).toEqual(['Phường Đồng Hới', 'Xã An Thủy', 'Sở Tư pháp', 'Xã Bố Trạch']);
    const descending = sortItems(items, { column: 'satisfiedShare', direction: 'desc' });
    expect(names(descending)).toEqual(['Xã An Thủy', 'Phường Đồng Hới', 'Sở Tư pháp', 'Xã Bố Trạch']);
  });

  it('sorts names in Vietnamese alphabetical order (Đ after D, Ư after U)', () => {
    const list = [item('Xã Đông Sơn'), item('Xã Dương Thủy'), item('Xã Duy Tân'), item('Phường Ba Đồn')];
    expect(names(sortItems(list, { column: 'unitName', direction: 'asc' }))).toEqual([
      'Phường Ba Đồn',
      'Xã Duy Tân',
      'Xã Dương Thủy',
      'Xã Đông Sơn',
    ]);
    expect(names(sortItems(list, { column: 'unitName', direction: 'desc' }))[0]).toBe('Xã Đông Sơn');
  });

  it('sorts counts and the average processing time numerically', () => {
    expect(names(sortItems(items, { column: 'resolved', direction: 'desc' }))).toEqual([
      'Sở Tư pháp',
      'Phường Đồng Hới',
      'Xã An Thủy',
      'Xã Bố Trạch',
    ]);
    expect(names(sortItems(items, { column: 'averageDays', direction: 'asc' }))).toEqual([
      'Sở Tư pháp',
      'Phường Đồng Hới',
      'Xã An Thủy',
      'Xã Bố Trạch',
    ]);
    expect(names(sortItems(items, { column: 'rated', direction: 'asc' }))).toEqual([
      'Sở Tư pháp',
      'Xã Bố Trạch',
      'Xã An Thủy',
      'Phường Đồng Hới',
    ]);
  });

  it('leaves the list it was given untouched', () => {
    const before = names(items);
    sortItems(items, { column: 'unitName', direction: 'asc' });
    expect(names(items)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('reverses the sorted column and starts another in its best-first direction', () => {
    expect(nextSort(DEFAULT_SORT, 'onTimeShare')).toEqual({ column: 'onTimeShare', direction: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'averageDays')).toEqual({ column: 'averageDays', direction: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'satisfiedShare')).toEqual({ column: 'satisfiedShare', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'unitName')).toEqual({ column: 'unitName', direction: 'asc' });
  });
});

describe('ariaSortOf', () => {
  it('announces the sorted column only', () => {
    expect(ariaSortOf(DEFAULT_SORT, 'onTimeShare')).toBe('descending');
    expect(ariaSortOf({ column: 'unitName', direction: 'asc' }, 'unitName')).toBe('ascending');
    expect(ariaSortOf(DEFAULT_SORT, 'resolved')).toBe('none');
  });
});
