import { useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/states';
import { paths, REDIRECT_PARAM } from '../config/paths';
import type { HomeLocationState } from '../features/home/home-page';
import { useSession } from '../lib/session';

/** Guards the citizen's own pages: unknown session → wait; session ended → login, then back here. */
export function RequireSignedIn() {
  const { status, signedOutByCitizen } = useSession();
  const location = useLocation();
  // Opening a private page after signing out earlier must still lead to the login form.
  const [openedSignedOut] = useState(status === 'signed-out');
  if (status === 'restoring') return <LoadingState />;
  if (status === 'signed-out' && signedOutByCitizen && !openedSignedOut) {
    // Signing out while on a private page (here or in another tab) ends on the home page, not on a login form.
    const state: HomeLocationState = { signedOut: true };
    return <Navigate to={paths.home} state={state} replace />;
  }
  if (status === 'signed-out') {
    const back = `${location.pathname}${location.search}${location.hash}`;
    const search = new URLSearchParams({ [REDIRECT_PARAM]: back });
    return <Navigate to={`${paths.login}?${search.toString()}`} replace />;
  }
  return <Outlet />;
}
