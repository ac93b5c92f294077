import type { Unit } from '@motcua/shared';
import { addDays } from '../../../lib/format';

export type UnitValidity =
  { state: 'in_force' } | { state: 'ended'; endedFrom: string } | { state: 'not_yet'; startsOn: string };

/**
 * Where a unit stands on a date. `validTo` is the last day in force, so a unit ended on 30/06/2025 is
 * "no longer in force from 01/07/2025" — the date people know the reform by.
 */
export function unitValidity(unit: Pick<Unit, 'validFrom' | 'validTo'>, onDate: string): UnitValidity {
  if (unit.validFrom > onDate) return { state: 'not_yet', startsOn: unit.validFrom };
  if (unit.validTo !== null && unit.validTo < onDate) {
    return { state: 'ended', endedFrom: addDays(unit.validTo, 1) };
  }
  return { state: 'in_force' };
}
