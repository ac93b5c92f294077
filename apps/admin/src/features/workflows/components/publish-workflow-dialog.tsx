import type { Workflow } from '@motcua/shared';
import { PublishFromDateDialog } from '../../../components/publish-from-date-dialog';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import { usePublishWorkflow } from '../api/publish-workflow';

const t = texts.workflows.publish;

/** Publication from a date; the API refuses steps that exceed the legal limit, shown here as the reason. */
export function PublishWorkflowDialog({
  workflow,
  today,
  onClose,
}: {
  workflow: Workflow;
  today: string;
  onClose: () => void;
}) {
  const mutation = usePublishWorkflow();
  const toast = useToast();
  return (
    <PublishFromDateDialog
      t={t}
      description={t.text(workflow.procedureCode, workflow.ownerUnitName)}
      draft={workflow}
      today={today}
      defaultDate={today}
      mutation={mutation}
      onPublished={(published, effectiveFrom) =>
        toast.notify(t.published(published.procedureCode, formatDate(effectiveFrom)))
      }
      onClose={onClose}
    />
  );
}
