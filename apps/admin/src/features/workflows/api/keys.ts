/** One root for every workflow query, so saving or publishing refreshes the list, the page and the preview. */
export const workflowsKey = ['workflows'] as const;
