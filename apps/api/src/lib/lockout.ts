/** The account state after a failed login: the new failure count and, once the limit is reached, a lock. */
export function afterFailedLogin(
  failedLogins: number,
  limits: { maxFailures: number; lockMinutes: number },
  now = new Date(),
): { failedLogins: number; lockedUntil: Date | null } {
  const failures = failedLogins + 1;
  if (failures < limits.maxFailures) return { failedLogins: failures, lockedUntil: null };
  return { failedLogins: 0, lockedUntil: new Date(now.getTime() + limits.lockMinutes * 60_000) };
}

export function isLocked(lockedUntil: Date | null, now = new Date()): boolean {
  return lockedUntil !== null && lockedUntil > now;
}
