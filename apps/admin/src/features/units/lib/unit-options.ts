import type { Unit } from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { buildTree, flattenTree } from '../../../lib/tree';
import { unitValidity } from './unit-validity';

export type UnitOption = { id: string; label: string; unit: Unit; inForce: boolean };

/** Select options in tree order, indented by level, so a long list still reads as the organisation chart. */
export function unitOptions(
  units: readonly Unit[],
  { today, exclude }: { today: string; exclude?: ReadonlySet<string> },
): UnitOption[] {
  return flattenTree(buildTree(units))
    .filter(({ item }) => !exclude?.has(item.id))
    .map(({ item, level }) => {
      const inForce = unitValidity(item, today).state === 'in_force';
      return {
        id: item.id,
        label: `${'\u2003'.repeat(level)}${item.name}${inForce ? '' : texts.units.inactiveSuffix}`,
        unit: item,
        inForce,
      };
    });
}
