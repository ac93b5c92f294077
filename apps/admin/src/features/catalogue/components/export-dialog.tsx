import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogBody, DialogFooter } from '../../../components/dialog';
import { Fieldset } from '../../../components/field';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { useExportProcedures, type ExportFormat } from '../api/export-procedures';

const t = texts.catalogue.export;

/** The versions in force (or the drafts) as a workbook or JSON, in the import's own format. */
export function ExportDialog({ defaultDrafts, onClose }: { defaultDrafts: boolean; onClose: () => void }) {
  const mutation = useExportProcedures();
  const toast = useToast();
  const [drafts, setDrafts] = useState(defaultDrafts);
  const [pending, setPending] = useState<ExportFormat | null>(null);

  function download(format: ExportFormat) {
    setPending(format);
    mutation.mutate(
      { format, drafts },
      {
        onSuccess: (filename) => {
          toast.notify(t.downloaded(filename));
          onClose();
        },
        onSettled: () => setPending(null),
      },
    );
  }

  const error = mutation.isError ? describeError(mutation.error) : null;

  return (
    <Dialog title={t.title} description={t.intro} onClose={onClose} busy={mutation.isPending} size="sm">
      <DialogBody>
        <div className="form">
          <Fieldset legend={t.scope}>
            <div className="cat-radio-list">
              <label className="cat-radio">
                <input
                  type="radio"
                  name="export-scope"
                  checked={!drafts}
                  onChange={() => setDrafts(false)}
                  data-autofocus={!drafts || undefined}
                />
                {t.inForce}
              </label>
              <label className="cat-radio">
                <input
                  type="radio"
                  name="export-scope"
                  checked={drafts}
                  onChange={() => setDrafts(true)}
                  data-autofocus={drafts || undefined}
                />
                {t.drafts}
              </label>
            </div>
          </Fieldset>
          {error && (
            <Alert tone="danger" title={error.title}>
              {error.detail}
            </Alert>
          )}
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={() => download('json')} busy={pending === 'json'} disabled={mutation.isPending}>
          {pending === 'json' ? t.downloading : t.json}
        </Button>
        <Button
          variant="primary"
          onClick={() => download('xlsx')}
          busy={pending === 'xlsx'}
          disabled={mutation.isPending}
        >
          {pending === 'xlsx' ? t.downloading : t.xlsx}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
