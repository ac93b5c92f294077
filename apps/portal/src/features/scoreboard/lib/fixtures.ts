import type { ScoreboardItem } from './scoreboard-sort';

let next = 0;

/** An agency's row with the figures given and the others unmeasured, for the unit tests. */
export function item(unitName: string, figures: Partial<ScoreboardItem> = {}): ScoreboardItem {
  next += 1;
  return {
    unitId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    unitName,
    level: 'commune',
    resolved: 0,
    onTimeShare: null,
    averageDays: null,
    rated: 0,
    satisfiedShare: null,
    ...figures,
  };
}
