import { texts } from '../../config/i18n';
import { UnitsPage } from '../../features/units/components/units-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

export function UnitsRoute() {
  useDocumentTitle(texts.units.title);
  return (
    <RequirePermission permission="units.read">
      <UnitsPage />
    </RequirePermission>
  );
}
