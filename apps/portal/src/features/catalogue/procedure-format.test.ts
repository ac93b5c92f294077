import { describe, expect, it } from 'vitest';
import {
  formatCopies,
  formatFee,
  formatTimeLimit,
  groupComponents,
  headlineMethod,
} from './procedure-format';

describe('formatTimeLimit', () => {
  it('writes the amount with its unit, and zero as the same day', () => {
    expect(formatTimeLimit({ amount: 5, unit: 'working_days' })).toBe('5 ngày làm việc');
    expect(formatTimeLimit({ amount: 1, unit: 'calendar_days' })).toBe('1 ngày');
    expect(formatTimeLimit({ amount: 4, unit: 'working_hours' })).toBe('4 giờ làm việc');
    expect(formatTimeLimit({ amount: 0, unit: 'working_days' })).toBe('Trong ngày');
  });
});

describe('formatFee', () => {
  it('prefers the official wording, which carries the currency and the conditions', () => {
    expect(formatFee({ feeVnd: 10, feeText: '10 USD/bản' })).toBe('10 USD/bản');
  });

  it('otherwise writes the amount in đồng, free, or "by regulation" when it varies', () => {
    expect(formatFee({ feeVnd: 50000, feeText: null })).toBe('50.000 đồng');
    expect(formatFee({ feeVnd: 0, feeText: null })).toBe('Miễn phí');
    expect(formatFee({ feeVnd: null, feeText: null })).toBe('Theo quy định hiện hành');
  });
});

describe('headlineMethod', () => {
  it('shows the online channel first, as this is the online portal', () => {
    const direct = { channel: 'direct' as const, timeLimit: { amount: 5, unit: 'working_days' as const } };
    const online = { channel: 'online' as const, timeLimit: { amount: 3, unit: 'working_days' as const } };
    const common = { feeVnd: 0, feeText: null, note: null };
    expect(
      headlineMethod([
        { ...direct, ...common },
        { ...online, ...common },
      ])?.channel,
    ).toBe('online');
    expect(headlineMethod([{ ...direct, ...common }])?.channel).toBe('direct');
    expect(headlineMethod([])).toBeUndefined();
  });
});

describe('groupComponents', () => {
  it('keeps the groups in order of first appearance and the components in their own order', () => {
    const groups = groupComponents([
      { name: 'Tờ khai', group: 'Giấy tờ phải nộp' },
      { name: 'Căn cước', group: 'Giấy tờ phải xuất trình' },
      { name: 'Giấy chứng sinh', group: 'Giấy tờ phải nộp' },
      { name: 'Văn bản ủy quyền', group: null },
      { name: 'Ghi chú', group: '  ' },
    ]);
    expect(groups.map((g) => [g.name, g.components.map((c) => c.name)])).toEqual([
      ['Giấy tờ phải nộp', ['Tờ khai', 'Giấy chứng sinh']],
      ['Giấy tờ phải xuất trình', ['Căn cước']],
      [null, ['Văn bản ủy quyền', 'Ghi chú']],
    ]);
  });
});

describe('formatCopies', () => {
  it('leaves out a count of zero', () => {
    expect(formatCopies({ originals: 1, copies: 2 })).toBe('Bản chính: 1 · Bản sao: 2');
    expect(formatCopies({ originals: 1, copies: 0 })).toBe('Bản chính: 1');
    expect(formatCopies({ originals: 0, copies: 0 })).toBe('');
  });
});
