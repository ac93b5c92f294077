import { texts } from '../../config/i18n';
import { MailboxPage } from '../../features/mailbox/components/mailbox-page';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

export function MailboxRoute() {
  useDocumentTitle(texts.mailbox.title);
  return (
    <RequirePermission permission="outbox.read">
      <MailboxPage />
    </RequirePermission>
  );
}
