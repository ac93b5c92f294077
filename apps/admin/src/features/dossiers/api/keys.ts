/** Query keys of the dossier screens, under one root so an action can refresh what it changed. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  counts: () => ['dossiers', 'queue-counts'] as const,
  lists: () => ['dossiers', 'list'] as const,
  detail: (id: string) => ['dossiers', 'detail', id] as const,
  assignees: () => ['dossiers', 'assignees'] as const,
};
