/** One root for every catalogue query, so a change (save, publish, import) refreshes lists and pages at once. */
export const proceduresKey = ['admin-procedures'] as const;
