import { hasPermission, type Permission } from '@motcua/shared';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/states';
import { texts } from '../../config/i18n';
import { useSession } from '../../lib/session';
import { ForbiddenPage } from '../routes/not-found';

export const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * Screens behind sign-in. An account on a temporary password goes to the change-password screen first,
 * whatever address was opened.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <PageLoader label={texts.auth.restoring} />;
  if (session.status === 'anonymous') {
    // After "Đăng xuất" the next person starts from the overview, not from where the last one left off.
    const from = session.reason === 'signed_out' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  const onChangePassword = location.pathname === CHANGE_PASSWORD_PATH;
  if (session.user.mustChangePassword && !onChangePassword)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  if (!session.user.mustChangePassword && onChangePassword) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** A screen for one permission; the navigation already hides it, this covers a typed or bookmarked address. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const session = useSession();
  if (session.status !== 'authenticated' || !hasPermission(session.user.roles, permission)) {
    return <ForbiddenPage />;
  }
  return children;
}
