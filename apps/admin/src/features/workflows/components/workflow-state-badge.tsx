import { Badge } from '../../../components/badge';
import { texts } from '../../../config/i18n';
import type { WorkflowState } from '../lib/workflow-state';

const TONES = {
  draft: 'warning',
  in_force: 'success',
  scheduled: 'primary',
  ended: 'muted',
} as const satisfies Record<WorkflowState, string>;

export function WorkflowStateBadge({ state }: { state: WorkflowState }) {
  return <Badge tone={TONES[state]}>{texts.workflows.states[state]}</Badge>;
}
