import type { DossierState } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { texts } from '../../../config/i18n';

const TONE: Record<DossierState, 'neutral' | 'primary' | 'success' | 'warning' | 'danger' | 'muted'> = {
  waiting_online_intake: 'warning',
  received: 'primary',
  assigning: 'primary',
  processing: 'primary',
  reviewing: 'primary',
  waiting_signature: 'primary',
  waiting_return: 'success',
  waiting_supplement: 'warning',
  returned: 'success',
  refused: 'danger',
  stopped: 'neutral',
  withdrawn: 'neutral',
};

export function StateBadge({ state }: { state: DossierState }) {
  return (
    <Badge tone={TONE[state]} className="state-badge">
      {texts.dossiers.states[state]}
    </Badge>
  );
}
