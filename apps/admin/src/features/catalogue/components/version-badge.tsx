import { Badge } from '../../../components/badge';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import type { VersionState } from '../lib/versions';

const TONES = {
  draft: 'warning',
  in_force: 'success',
  scheduled: 'primary',
  ended: 'muted',
  retired: 'muted',
} as const satisfies Record<VersionState, string>;

/** Where a version stands today; a scheduled one names its first day. */
export function VersionBadge({
  state,
  effectiveFrom,
}: {
  state: VersionState;
  effectiveFrom?: string | null;
}) {
  const label =
    state === 'scheduled' && effectiveFrom
      ? texts.catalogue.list.scheduledFrom(formatDate(effectiveFrom))
      : texts.catalogue.versionStates[state];
  return <Badge tone={TONES[state]}>{label}</Badge>;
}
