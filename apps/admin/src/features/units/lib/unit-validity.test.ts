import { describe, expect, it } from 'vitest';
import { unitValidity } from './unit-validity';

const district = { validFrom: '1990-09-01', validTo: '2025-06-30' };
const commune = { validFrom: '2025-07-01', validTo: null };

describe('unitValidity', () => {
  it('is in force on its last day', () => {
    expect(unitValidity(district, '2025-06-30')).toEqual({ state: 'in_force' });
  });

  it('has ended from the day after validTo', () => {
    expect(unitValidity(district, '2025-07-01')).toEqual({ state: 'ended', endedFrom: '2025-07-01' });
    expect(unitValidity(district, '2026-11-22')).toEqual({ state: 'ended', endedFrom: '2025-07-01' });
  });

  it('is not yet in force before validFrom, and open-ended after it', () => {
    expect(unitValidity(commune, '2025-06-30')).toEqual({ state: 'not_yet', startsOn: '2025-07-01' });
    expect(unitValidity(commune, '2030-01-01')).toEqual({ state: 'in_force' });
  });
});
