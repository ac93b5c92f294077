import type { OnlineLevel } from '@motcua/shared';
import { texts } from '../../config/texts';

/** Passed to a procedure's page from a result list, so its back link returns to the same search and page. */
export type ProcedureLinkState = { from?: string } | null;

/** How far the procedure can be done online, as a badge; the words carry the meaning, the colour only adds to it. */
export function OnlineLevelBadge({ level }: { level: OnlineLevel }) {
  return (
    <span className={`level-badge level-badge--${level}`}>
      <span className="visually-hidden">{texts.catalogue.onlineLevel}: </span>
      {texts.catalogue.onlineBadge[level]}
    </span>
  );
}

/** "Bắt buộc" beside a paper the citizen must bring. */
export function RequiredBadge() {
  return <span className="required-badge">{texts.catalogue.required}</span>;
}
