import {
  INDEX_GROUPS,
  INDEX_RULES,
  indexRulesOn,
  type IndexGroup,
  type IndexMetric,
  type IndexRules,
  type QualityIndex,
} from '@motcua/shared';

/** The rules a result was scored with: by its version, else those in force on the period's first day. */
export function rulesFor(version: string, from: string): IndexRules {
  return INDEX_RULES.find((r) => r.version === version) ?? indexRulesOn(from);
}

export type GroupColumn = { key: IndexGroup; label: string; points: number };

/** The ranking's group columns in the rules' order (every group of the contract, even one the rules lack). */
export function groupColumns(rules: IndexRules): GroupColumn[] {
  return INDEX_GROUPS.map((key) => {
    const group = rules.groups.find((g) => g.key === key);
    return { key, label: group?.label ?? key, points: group?.points ?? 0 };
  });
}

type Indicator = QualityIndex['groups'][number]['indicators'][number];

/** Scores are rounded to hundredths: anything below full by less than that is full. */
export function pointsLost(indicator: Pick<Indicator, 'points' | 'score'>): number {
  const lost = Math.round((indicator.points - indicator.score) * 100) / 100;
  return lost > 0 ? lost : 0;
}

/** An indicator with nothing to measure in the period scores full points (QĐ 766: not penalised). */
export function nothingToMeasure(indicator: Pick<Indicator, 'denominator'>): boolean {
  return indicator.denominator <= 0;
}

/** The address of a unit's index over a window, and of one indicator's drill list. */
export function unitIndexHref(unitId: string, window: { from: string; to: string }, back?: string): string {
  const params = new URLSearchParams({ from: window.from, to: window.to });
  if (back) params.set('back', back);
  return `/statistics/index/${encodeURIComponent(unitId)}?${params.toString()}`;
}

export function indicatorHref(
  unitId: string,
  indicator: string,
  window: { from: string; to: string },
  back?: string,
): string {
  const params = new URLSearchParams({ from: window.from, to: window.to });
  if (back) params.set('back', back);
  return `/statistics/index/${encodeURIComponent(unitId)}/${encodeURIComponent(indicator)}?${params.toString()}`;
}

/** An indicator's label in the rules in force on a date (its key if those rules lack it). */
export function indexRulesLabel(indicator: IndexMetric, date: string): string {
  for (const group of indexRulesOn(date).groups) {
    const found = group.indicators.find((i) => i.key === indicator);
    if (found) return found.label;
  }
  return indicator;
}
