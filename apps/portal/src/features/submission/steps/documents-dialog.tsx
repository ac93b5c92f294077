import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type CitizenDocument } from '@motcua/shared';
import { Alert } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { formatFileSize } from '../../../components/file-rules';
import { ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/texts';
import { describeError } from '../../../lib/form-errors';
import { formatInstantAsDate } from '../../../lib/format';
import { useDocuments } from '../../../lib/get-documents';
import { useReuseDocument } from '../api/reuse-document';
import { fileTypeLabel } from '../file-checks';

type DocumentsDialogProps = {
  draftId: string;
  componentIndex: number;
  componentName: string;
  onClose: () => void;
  onAttached: (document: CitizenDocument) => void;
};

/** Picks one of the citizen's documents for a component; the server links it to the draft without an upload. */
export function DocumentsDialog({
  draftId,
  componentIndex,
  componentName,
  onClose,
  onAttached,
}: DocumentsDialogProps) {
  const documents = useDocuments();
  const reuse = useReuseDocument();
  const items = documents.data?.items ?? [];

  function choose(document: CitizenDocument) {
    reuse.mutate(
      { draftId, componentIndex, documentId: document.id },
      { onSuccess: () => onAttached(document) },
    );
  }

  return (
    <Dialog
      title={texts.submission.documentsTitle}
      closeLabel={texts.submission.close}
      onClose={onClose}
      busy={reuse.isPending}
    >
      <p className="documents-pick__for">
        <span className="documents-pick__for-label">{texts.submission.documentsFor}</span> {componentName}
      </p>
      {reuse.isError ? (
        <Alert tone="error" title={texts.submission.reuseFailed} focusOnMount>
          <p>{describeError(reuse.error)}</p>
        </Alert>
      ) : null}
      {documents.isPending ? (
        <LoadingState label={texts.submission.documentsLoading} />
      ) : documents.isError ? (
        <ErrorState
          title={texts.submission.documentsFailed}
          message={describeError(documents.error)}
          onRetry={() => void documents.refetch()}
        />
      ) : items.length === 0 ? (
        <p className="documents-pick__empty">{texts.submission.documentsEmpty}</p>
      ) : (
        DOCUMENT_KINDS.map((kind) => {
          const ofKind = items.filter((item) => item.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <section key={kind} className="documents-pick__group" aria-labelledby={`pick-${kind}`}>
              <h3 id={`pick-${kind}`} className="documents-pick__heading">
                {DOCUMENT_KIND_LABELS[kind]}
              </h3>
              <ul className="documents-pick__list">
                {ofKind.map((document) => {
                  const busy = reuse.isPending && reuse.variables.documentId === document.id;
                  return (
                    <li key={document.id} className="documents-pick__item">
                      <div className="documents-pick__text">
                        <p className="documents-pick__label">{document.label}</p>
                        <p className="documents-pick__meta">
                          {document.name} · {fileTypeLabel(document.mime)} · {formatFileSize(document.size)}
                        </p>
                        <p className="documents-pick__meta">
                          {texts.submission.documentOf(document.dossierCode)} ·{' '}
                          {formatInstantAsDate(document.createdAt)}
                        </p>
                      </div>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={reuse.isPending}
                        aria-label={texts.submission.chooseDocument(document.label)}
                        onClick={() => choose(document)}
                      >
                        {busy ? texts.submission.choosing : texts.submission.choose}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })
      )}
    </Dialog>
  );
}
