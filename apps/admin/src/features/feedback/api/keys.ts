/** Query keys of the feedback screens, under one root so that an action refreshes what it changed. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  lists: () => ['feedback', 'list'] as const,
  detail: (id: string) => ['feedback', 'detail', id] as const,
  targets: (id: string) => ['feedback', 'targets', id] as const,
  statistics: () => ['feedback', 'statistics'] as const,
};
