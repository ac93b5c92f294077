import { useParams } from 'react-router';
import { texts } from '../../config/i18n';
import { PeriodPage } from '../../features/reports/components/period-page';
import { PeriodsPage } from '../../features/reports/components/periods-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

export function ReportPeriodsRoute() {
  useDocumentTitle(texts.reports.title);
  return (
    <RequirePermission permission="reports.read">
      <PeriodsPage />
    </RequirePermission>
  );
}

/** Also where a period's notice leads (its link is /admin/reports/{id}). */
export function ReportPeriodRoute() {
  const { periodId = '' } = useParams();
  return (
    <RequirePermission permission="reports.read">
      <PeriodPage key={periodId} id={periodId} />
    </RequirePermission>
  );
}
