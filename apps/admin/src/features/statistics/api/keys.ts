/** Query keys of the statistics screens, under one root. */
export const statisticsKeys = {
  all: ['statistics'] as const,
  dashboard: () => ['statistics', 'dashboard'] as const,
  dossiers: () => ['statistics', 'dossiers'] as const,
  ranking: () => ['statistics', 'ranking'] as const,
  unitIndex: () => ['statistics', 'unit-index'] as const,
  indicator: () => ['statistics', 'indicator'] as const,
  countryside: () => ['statistics', 'countryside'] as const,
};

/** A unit (or none: the officer's own) and a window of dates. */
export type Scope = { unitId?: string | undefined; from: string; to: string };
