/** A unit the officer may pick; the app layer builds these from the units feature's list. */
export type StatisticsUnitOption = {
  id: string;
  /** Indented by level, in tree order. */
  label: string;
  name: string;
};

/** The unit's plain name, for a chip or a title. */
export function unitNameLookup(units: readonly StatisticsUnitOption[]): (id: string) => string | undefined {
  const byId = new Map(units.map((u) => [u.id, u.name]));
  return (id) => byId.get(id);
}
