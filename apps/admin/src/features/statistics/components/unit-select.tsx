import { SelectField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import type { StatisticsUnitOption } from '../lib/unit-option';

/**
 * The unit whose subtree the figures cover. The officer's own unit is always offered (as the empty value, kept out
 * of the address), even before or without the list of units.
 */
export function UnitSelect({
  units,
  ownUnit,
  value,
  onChange,
}: {
  units: readonly StatisticsUnitOption[];
  ownUnit: { id: string; name: string };
  value: string | undefined;
  onChange: (unitId: string | undefined) => void;
}) {
  const others = units.filter((u) => u.id !== ownUnit.id);
  const known = value === undefined || value === ownUnit.id || others.some((u) => u.id === value);
  return (
    <SelectField
      label={texts.statistics.scope.unit}
      hint={texts.statistics.scope.unitHint}
      className="st-unit"
      value={value && value !== ownUnit.id ? value : ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      {/* The list is in tree order with the officer's unit first; its sub-units are indented under it. */}
      {units.some((u) => u.id === ownUnit.id) ? null : <option value="">{ownUnit.name}</option>}
      {units.map((u) => (
        <option key={u.id} value={u.id === ownUnit.id ? '' : u.id}>
          {u.label}
        </option>
      ))}
      {!known && value && <option value={value}>{texts.statistics.chips.otherUnit}</option>}
    </SelectField>
  );
}
