import { texts } from '../../config/i18n';
import { QuestionsPage } from '../../features/questions/components/questions-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

/** Also where a "question asked" notice leads (its link is /admin/questions). */
export function QuestionsRoute() {
  useDocumentTitle(texts.questions.title);
  return (
    <RequirePermission permission="questions.answer">
      <QuestionsPage />
    </RequirePermission>
  );
}
