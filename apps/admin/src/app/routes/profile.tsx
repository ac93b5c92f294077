import { texts } from '../../config/i18n';
import { ProfilePage } from '../../features/profile/components/profile-page';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ProfileRoute() {
  useDocumentTitle(texts.profile.title);
  return <ProfilePage />;
}
