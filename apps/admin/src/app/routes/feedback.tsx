import { useParams } from 'react-router';
import { texts } from '../../config/i18n';
import { FeedbackDetailPage } from '../../features/feedback/components/feedback-detail-page';
import { FeedbackQueuePage } from '../../features/feedback/components/feedback-queue-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

/** Also where a feedback notice leads (its link is /admin/feedback/{id}). */
export function FeedbackQueueRoute() {
  useDocumentTitle(texts.feedback.title);
  return (
    <RequirePermission permission="feedback.handle">
      <FeedbackQueuePage />
    </RequirePermission>
  );
}

/** The detail names the tab after the feedback's code once it has loaded. */
export function FeedbackDetailRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="feedback.handle">
      {/* A new id is a new feedback: nothing (an open dialog, a typed draft) carries over. */}
      <FeedbackDetailPage key={id} id={id} />
    </RequirePermission>
  );
}
