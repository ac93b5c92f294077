import type { DossierState, OnTimeResult } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { dueStatus } from '../lib/due-status';

/** "Còn 2 ngày", "Quá hạn 1 ngày", the on-time result of a finished dossier, or nothing. */
export function DueBadge({
  dossier,
  now,
}: {
  dossier: { state: DossierState; dueAt: string | null; result: OnTimeResult | null };
  now: Date;
}) {
  const status = dueStatus(dossier, now);
  if (!status) return null;
  return (
    <Badge tone={status.tone} className="due-badge">
      {status.text}
    </Badge>
  );
}
