import type { FeedbackStatus } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { texts } from '../../../config/i18n';

/** Amber while it waits for the agency, blue while handled, green once answered, grey while the sender owes. */
const TONE: Record<FeedbackStatus, 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'muted'> = {
  new: 'warning',
  supplemented: 'warning',
  processing: 'primary',
  awaiting_approval: 'primary',
  awaiting_info: 'muted',
  answered: 'success',
  published: 'success',
  refused: 'danger',
};

export function StatusBadge({ status }: { status: FeedbackStatus }) {
  return (
    <Badge tone={TONE[status]} className="fb-status-badge">
      {texts.feedback.statuses[status]}
    </Badge>
  );
}
