import type { Method } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { acceptsOnline, onlineFacts } from './procedure-facts';

function method(partial: Partial<Method>): Method {
  return {
    channel: 'online',
    timeLimit: { amount: 3, unit: 'working_days' },
    feeVnd: 0,
    feeText: null,
    note: null,
    ...partial,
  };
}

describe('onlineFacts', () => {
  it("states the online channel's fee and time limit", () => {
    expect(onlineFacts({ methods: [method({ channel: 'direct', feeVnd: 50_000 }), method({})] })).toEqual({
      fee: 'Miễn phí',
      timeLimit: '3 ngày làm việc',
    });
    expect(onlineFacts({ methods: [method({ feeVnd: 8000 })] })?.fee).toBe('8.000 đồng');
    expect(
      onlineFacts({ methods: [method({ feeVnd: null, feeText: 'Theo Nghị quyết HĐND tỉnh' })] })?.fee,
    ).toBe('Theo Nghị quyết HĐND tỉnh');
  });

  it('has nothing to say without an online channel', () => {
    expect(onlineFacts({ methods: [method({ channel: 'direct' })] })).toBeNull();
    expect(acceptsOnline({ onlineLevel: 'partial', methods: [method({ channel: 'direct' })] })).toBe(false);
    expect(acceptsOnline({ onlineLevel: 'none', methods: [method({})] })).toBe(false);
    expect(acceptsOnline({ onlineLevel: 'full', methods: [method({})] })).toBe(true);
  });
});
