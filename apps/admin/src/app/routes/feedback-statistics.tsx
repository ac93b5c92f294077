import { texts } from '../../config/i18n';
import { StatisticsPage } from '../../features/feedback/components/statistics-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

/** A chunk of its own: the charts library comes with this screen only, not with the queue or the first load. */
export function FeedbackStatisticsRoute() {
  useDocumentTitle(texts.feedback.statistics.title);
  return (
    <RequirePermission permission="feedback.handle">
      <StatisticsPage />
    </RequirePermission>
  );
}
