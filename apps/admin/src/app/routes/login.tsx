import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '../../components/states';
import { texts } from '../../config/i18n';
import { LoginPage } from '../../features/auth/components/login-page';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Where to go after signing in: the screen the guard sent the officer away from, if it is one of ours. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginRoute() {
  const session = useSession();
  const location = useLocation();
  useDocumentTitle(texts.auth.loginTitle);
  if (session.status === 'restoring') return <PageLoader label={texts.auth.restoring} />;
  if (session.status === 'authenticated') return <Navigate to={returnPath(location.state)} replace />;
  const notice =
    session.reason === 'expired'
      ? texts.auth.sessionExpired
      : session.reason === 'signed_out'
        ? texts.auth.signedOut
        : null;
  return <LoginPage notice={notice} />;
}
