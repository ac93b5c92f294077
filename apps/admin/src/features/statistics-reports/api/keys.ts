/** Query keys of the report screens, under one root so that an action refreshes what it changed. */
export const statisticsReportKeys = {
  all: ['statistics-reports'] as const,
  standard: () => ['statistics-reports', 'standard'] as const,
  custom: () => ['statistics-reports', 'custom'] as const,
  saved: () => ['statistics-reports', 'saved'] as const,
  exports: () => ['statistics-reports', 'exports'] as const,
  exportJob: (id: string) => ['statistics-reports', 'exports', id] as const,
};
