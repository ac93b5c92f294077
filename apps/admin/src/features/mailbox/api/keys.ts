/** One root for the outbox, so a retry refreshes every filtered page at once. */
export const mailboxKeys = {
  all: ['outbox'] as const,
  lists: () => ['outbox', 'list'] as const,
};
