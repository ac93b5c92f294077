import type { OnlineLevel } from '@motcua/shared';
import { Badge, type BadgeTone } from '../../components/badge';
import { texts } from '../../config/texts';

/** Passed to a procedure's page from a result list, so its back link returns to the same search and page. */
export type ProcedureLinkState = { from?: string } | null;

const ONLINE_LEVEL_TONES: Record<OnlineLevel, BadgeTone> = {
  full: 'success',
  partial: 'info',
  none: 'neutral',
};

/** How far the procedure can be done online, as a badge; the words carry the meaning, the colour only adds to it. */
export function OnlineLevelBadge({ level }: { level: OnlineLevel }) {
  return (
    <Badge tone={ONLINE_LEVEL_TONES[level]}>
      <span className="visually-hidden">{texts.catalogue.onlineLevel}: </span>
      {texts.catalogue.onlineBadge[level]}
    </Badge>
  );
}

/** "Bắt buộc" beside a paper the citizen must bring. */
export function RequiredBadge() {
  return (
    <Badge tone="error" className="required-badge">
      {texts.catalogue.required}
    </Badge>
  );
}
