import { useParams } from 'react-router';
import { texts } from '../../config/i18n';
import { DossierDetailPage } from '../../features/dossiers/components/dossier-detail-page';
import { IntakePage } from '../../features/dossiers/components/intake-page';
import { QueuesPage } from '../../features/dossiers/components/queues-page';
import { SearchPage } from '../../features/dossiers/components/search-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

export function DossierQueuesRoute() {
  useDocumentTitle(texts.dossiers.title);
  return (
    <RequirePermission permission="dossiers.read">
      <QueuesPage />
    </RequirePermission>
  );
}

export function DossierSearchRoute() {
  useDocumentTitle(texts.dossiers.searchView);
  return (
    <RequirePermission permission="dossiers.read">
      <SearchPage />
    </RequirePermission>
  );
}

/** The detail names the tab after the dossier's code once it has loaded. */
export function DossierDetailRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="dossiers.read">
      {/* A new id is a new dossier: nothing (an open dialog, a banner) carries over. */}
      <DossierDetailPage key={id} id={id} />
    </RequirePermission>
  );
}

export function DossierIntakeRoute() {
  useDocumentTitle(texts.dossiers.intake.title);
  return (
    <RequirePermission permission="dossiers.intake">
      <IntakePage />
    </RequirePermission>
  );
}
