import { compareVietnamese, type Scoreboard } from '@motcua/shared';

export type ScoreboardItem = Scoreboard['items'][number];

/** The table's columns, each sortable. */
export const SCOREBOARD_COLUMNS = [
  'unitName',
  'resolved',
  'onTimeShare',
  'averageDays',
  'satisfiedShare',
  'rated',
] as const;
export type ScoreboardColumn = (typeof SCOREBOARD_COLUMNS)[number];

export type SortDirection = 'asc' | 'desc';
export type SortState = { column: ScoreboardColumn; direction: SortDirection };

/** The ranking a visitor sees first: the agencies that keep their appointments at the top. */
export const DEFAULT_SORT: SortState = { column: 'onTimeShare', direction: 'desc' };

/**
 * The direction a column sorts in when it is first chosen: the best first (names from A, the shortest processing
 * time first, the highest counts and shares first).
 */
export const FIRST_DIRECTION: Record<ScoreboardColumn, SortDirection> = {
  unitName: 'asc',
  resolved: 'desc',
  onTimeShare: 'desc',
  averageDays: 'asc',
  satisfiedShare: 'desc',
  rated: 'desc',
};

/** Choosing the sorted column again reverses it; another column starts in its own first direction. */
export function nextSort(current: SortState, column: ScoreboardColumn): SortState {
  if (current.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: FIRST_DIRECTION[column] };
}

/** The value of aria-sort on a column's header. */
export function ariaSortOf(sort: SortState, column: ScoreboardColumn): 'ascending' | 'descending' | 'none' {
  if (sort.column !== column) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/**
 * How many answers stand behind a column's figure: between two equal shares, the one measured on more dossiers (or
 * ratings) ranks first, so 100% of 1 dossier does not sit above 100% of 300 by the luck of the alphabet.
 */
function weightOf(item: ScoreboardItem, column: ScoreboardColumn): number {
  return column === 'satisfiedShare' || column === 'rated' ? item.rated : item.resolved;
}

function byName(a: ScoreboardItem, b: ScoreboardItem): number {
  return compareVietnamese(a.unitName, b.unitName) || a.unitId.localeCompare(b.unitId);
}

/**
 * The agencies in the chosen order. An agency without the figure (no dossier resolved, no rating) goes last in
 * either direction: it has not been measured, which is neither best nor worst. Ties: the figure measured on more,
 * then the name in Vietnamese order.
 */
export function sortItems(items: readonly ScoreboardItem[], sort: SortState): ScoreboardItem[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    if (sort.column === 'unitName') return sign * byName(a, b);
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return sign * (x - y);
    }
    return weightOf(b, sort.column) - weightOf(a, sort.column) || byName(a, b);
  });
}
