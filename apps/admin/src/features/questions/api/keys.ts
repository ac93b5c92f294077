/** One root for the questions list, so an answer (or a conflict) refreshes every filtered page at once. */
export const questionKeys = {
  all: ['questions'] as const,
  lists: () => ['questions', 'list'] as const,
};
