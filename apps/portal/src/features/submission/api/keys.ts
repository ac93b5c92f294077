/** Query keys of the citizen's drafts: the list, and one draft under it (invalidating the list reaches both). */
export const draftKeys = {
  all: ['citizen', 'drafts'] as const,
  detail: (id: string) => ['citizen', 'drafts', id] as const,
};
