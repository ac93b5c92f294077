/** The signed-in officer's notices; the cache is cleared on sign-out, so the key needs no user id. */
export const notificationKeys = {
  all: ['notifications'] as const,
};
