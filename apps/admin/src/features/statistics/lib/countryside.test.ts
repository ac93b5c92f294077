import type { Countryside } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { communeRows, metCount } from './countryside';

function commune(id: string, name: string, met: boolean): Countryside['items'][number] {
  return { unit: { id, name, level: 'commune' }, met, conditions: [] };
}

const data = {
  items: [
    commune('00000000-0000-4000-8000-000000000003', 'Xã Đông Hà', true),
    commune('00000000-0000-4000-8000-000000000001', 'Xã Ba Lòng', false),
    commune('00000000-0000-4000-8000-000000000002', 'Xã Cam Lộ', false),
  ],
};

describe('the communes of the new-countryside criterion', () => {
  it('lists communes in Vietnamese order, or only those that fail', () => {
    expect(communeRows(data, false).map((r) => r.unit.name)).toEqual([
      'Xã Ba Lòng',
      'Xã Cam Lộ',
      'Xã Đông Hà',
    ]);
    expect(communeRows(data, true).map((r) => r.unit.name)).toEqual(['Xã Ba Lòng', 'Xã Cam Lộ']);
    expect(metCount(data)).toBe(1);
  });
});
