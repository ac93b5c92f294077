import type { Procedure } from '@motcua/shared';
import { PublishFromDateDialog } from '../../../components/publish-from-date-dialog';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import { usePublishProcedure } from '../api/publish-procedure';
import { defaultEffectiveFrom } from '../lib/versions';

const t = texts.catalogue.publish;

export function PublishDialog({
  draft,
  today,
  latestFrom,
  onClose,
  onPublished,
}: {
  draft: Procedure;
  today: string;
  latestFrom: string | null | undefined;
  onClose: () => void;
  onPublished?: (published: Procedure) => void;
}) {
  const mutation = usePublishProcedure();
  const toast = useToast();
  return (
    <PublishFromDateDialog
      t={t}
      description={t.text(draft.code, draft.versionNo)}
      draft={draft}
      today={today}
      defaultDate={defaultEffectiveFrom(today, latestFrom)}
      mutation={mutation}
      onPublished={(published, effectiveFrom) => {
        toast.notify(t.published(published.code, formatDate(effectiveFrom)));
        onPublished?.(published);
      }}
      onClose={onClose}
    />
  );
}
