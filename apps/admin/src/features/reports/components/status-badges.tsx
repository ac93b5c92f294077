import type { PeriodStatus, ReportStatus } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { texts } from '../../../config/i18n';
import type { Timeliness } from '../lib/board';

type Tone = 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'muted';

/** Grey before anything is typed, blue while the unit works, amber while a leader owes a decision, green once up. */
const REPORT_TONE: Record<ReportStatus, Tone> = {
  not_started: 'muted',
  in_entry: 'primary',
  awaiting_leader: 'warning',
  submitted: 'primary',
  accepted: 'success',
  returned: 'danger',
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return (
    <Badge tone={REPORT_TONE[status]} className="rp-badge">
      {texts.reports.statuses[status]}
    </Badge>
  );
}

const PERIOD_TONE: Record<PeriodStatus, Tone> = { draft: 'muted', issued: 'primary', closed: 'neutral' };

export function PeriodStatusBadge({ status }: { status: PeriodStatus }) {
  return (
    <Badge tone={PERIOD_TONE[status]} className="rp-badge">
      {texts.reports.periodStatuses[status]}
    </Badge>
  );
}

const TIMELINESS_TONE: Record<Timeliness, Tone> = { on_time: 'success', late: 'danger', open: 'muted' };

export function TimelinessBadge({ value }: { value: Timeliness }) {
  return (
    <Badge tone={TIMELINESS_TONE[value]} className="rp-badge">
      {texts.reports.period.timeliness[value]}
    </Badge>
  );
}
