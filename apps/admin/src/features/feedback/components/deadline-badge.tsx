import type { FeedbackDeadline } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { deadlineStatus } from '../lib/countdown';

/** "Còn 2 ngày", "Quá hạn 1 ngày", or the outcome of a deadline already met or missed. */
export function DeadlineBadge({ deadline, now }: { deadline: FeedbackDeadline; now: Date }) {
  const status = deadlineStatus(deadline, now);
  return (
    <Badge tone={status.tone} className="fb-due-badge">
      {status.text}
    </Badge>
  );
}
