import { describe, expect, it } from 'vitest';
import { filterChips } from './chips';

const UNIT = '0b6a3c1e-8d4f-4a7b-9c2d-1e5f6a7b8c9d';

describe('the filter as chips', () => {
  it('names each condition with the contract’s Vietnamese labels', () => {
    const chips = filterChips(
      {
        unitId: UNIT,
        dateField: 'received',
        from: '2026-01-01',
        to: '2026-03-31',
        states: ['processing', 'waiting_signature'],
        channel: 'online',
        result: 'late',
        overdue: true,
      },
      (id) => (id === UNIT ? 'UBND xã Hải Lăng' : undefined),
    );
    expect(chips.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Đơn vị: UBND xã Hải Lăng',
      'Ngày tiếp nhận: 01/01/2026 – 31/03/2026',
      'Trạng thái: Đang xử lý, Chờ ký duyệt',
      'Kênh nộp: Trực tuyến',
      'Kết quả: Quá hạn',
      'Tiến độ: Đang quá hạn',
    ]);
  });

  it('says the officer’s own unit when none is chosen, and an open-ended range as such', () => {
    const chips = filterChips({ dateField: 'finished', from: '2026-02-01' }, () => undefined);
    expect(chips.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Đơn vị: Đơn vị của bạn',
      'Ngày có kết quả: từ 01/02/2026',
    ]);
  });

  it('names the exact receiving or holding unit of a unit’s row', () => {
    const chips = filterChips({ dateField: 'received', currentUnitId: UNIT }, (id) =>
      id === UNIT ? 'Sở Tư pháp' : undefined,
    );
    expect(chips[1]).toEqual({ key: 'currentUnit', label: 'Đơn vị đang giữ', value: 'Sở Tư pháp' });
  });

  it('still shows a unit it cannot name', () => {
    expect(filterChips({ dateField: 'received', unitId: UNIT }, () => undefined)[0]?.value).toBe(
      'Đơn vị đã chọn',
    );
  });
});
