import { ChangePasswordForm } from '../../features/profile/components/change-password-form';
import { texts } from '../../config/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AppHeader } from '../layout/app-shell';

/** The only screen open to an account on a temporary password; the guard moves on once it is changed. */
export function ChangePasswordRoute() {
  useDocumentTitle(texts.profile.forcedTitle);
  return (
    <div className="app">
      <AppHeader />
      <main id="main" className="main main-narrow" tabIndex={-1}>
        <section className="card" aria-labelledby="forced-title">
          <h1 id="forced-title" className="page-title">
            {texts.profile.forcedTitle}
          </h1>
          <p className="card-intro">{texts.profile.forcedIntro}</p>
          <ChangePasswordForm />
        </section>
      </main>
    </div>
  );
}
