import { AppError } from './errors';
import { afterFailedLogin, isLocked } from './lockout';
import { verifyPassword } from './passwords';

type Account = { passwordHash: string; failedLogins: number; lockedUntil: Date | null };
type Limits = { maxFailures: number; lockMinutes: number };

export type CredentialCheck =
  { kind: 'ok' } | { kind: 'wrong'; update: { failedLogins: number; lockedUntil: Date | null } | null };

export function invalidCredentials(): AppError {
  return new AppError(
    401,
    'invalid_credentials',
    'Đăng nhập không thành công',
    'Thông tin đăng nhập không đúng',
  );
}

function accountLocked(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError(
    423,
    'account_locked',
    'Tài khoản tạm khóa',
    `Tài khoản bị tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${minutes} phút.`,
    { lockedUntil: until.toISOString() },
  );
}

/**
 * Checks a password against an account without telling a stranger whether the account exists: the same error and
 * the same argon2 work for a missing account. A temporary lock is revealed only to someone who knows the password.
 */
export async function checkCredentials(
  account: Account | undefined,
  password: string,
  limits: Limits,
): Promise<CredentialCheck> {
  const matches = await verifyPassword(account?.passwordHash, password);
  if (!account) return { kind: 'wrong', update: null };
  if (isLocked(account.lockedUntil)) {
    if (matches && account.lockedUntil) throw accountLocked(account.lockedUntil);
    return { kind: 'wrong', update: null };
  }
  if (!matches) return { kind: 'wrong', update: afterFailedLogin(account.failedLogins, limits) };
  return { kind: 'ok' };
}
