import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { Dialog } from '../../components/dialog';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { draftPath, paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { formatInstant } from '../../lib/format';
import { useDeleteDraft } from './api/delete-draft';
import { useDrafts } from './api/get-drafts';
import './submission.css';

type DraftItem = { id: string; procedureCode: string; procedureName: string; updatedAt: string };

function DeleteDialog({
  draft,
  onClose,
  onDeleted,
}: {
  draft: DraftItem;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const remove = useDeleteDraft();
  return (
    <Dialog
      title={texts.submission.deleteTitle}
      closeLabel={texts.submission.close}
      onClose={onClose}
      busy={remove.isPending}
    >
      <p>{texts.submission.deleteText(draft.procedureName)}</p>
      {remove.isError ? (
        <Alert tone="error" title={texts.submission.deleteFailed} focusOnMount>
          <p>{describeError(remove.error)}</p>
        </Alert>
      ) : null}
      <div className="form__actions">
        {/* Focus starts on the choice that destroys nothing. */}
        <button
          type="button"
          className="button button--secondary"
          data-autofocus
          disabled={remove.isPending}
          onClick={onClose}
        >
          {texts.submission.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={remove.isPending}
          onClick={() => remove.mutate(draft.id, { onSuccess: onDeleted })}
        >
          {remove.isPending ? texts.submission.deleting : texts.submission.confirmDelete}
        </button>
      </div>
    </Dialog>
  );
}

/** `/ho-so-dang-soan`: the drafts the citizen started, to resume or to delete. */
export function DraftsPage() {
  const drafts = useDrafts();
  const [deleting, setDeleting] = useState<DraftItem | null>(null);
  const [deleted, setDeleted] = useState(false);

  return (
    <div className="page">
      <DocumentTitle page={texts.submission.draftsTitle} />
      <div className="container">
        <header className="page__header">
          <h1>{texts.submission.draftsTitle}</h1>
          <p className="lead">{texts.submission.draftsLead}</p>
        </header>
        {deleted ? <Alert tone="success" title={texts.submission.deleted} /> : null}
        {drafts.isPending ? (
          <LoadingState />
        ) : drafts.isError ? (
          <ErrorState
            title={texts.submission.draftsLoadFailed}
            message={describeError(drafts.error)}
            onRetry={() => void drafts.refetch()}
          />
        ) : drafts.data.items.length === 0 ? (
          <div className="card card--center empty">
            <h2 className="card__heading">{texts.submission.draftsEmptyTitle}</h2>
            <p>{texts.submission.draftsEmptyText}</p>
            <Link className="button button--secondary" to={paths.catalogue}>
              {texts.submission.toCatalogue}
            </Link>
          </div>
        ) : (
          <>
            <p className="list-count">{texts.submission.draftsCount(drafts.data.items.length)}</p>
            <ul className="dossier-list">
              {drafts.data.items.map((draft) => (
                <li key={draft.id} className="card draft-card">
                  <div className="draft-card__text">
                    <h2 className="dossier-card__title">
                      <Link to={draftPath(draft.id)}>{draft.procedureName}</Link>
                    </h2>
                    <p className="draft-card__meta">
                      {texts.submission.procedureCode(draft.procedureCode)} ·{' '}
                      {texts.submission.lastSaved(formatInstant(draft.updatedAt))}
                    </p>
                  </div>
                  <div className="draft-card__actions">
                    <Link
                      className="button button--primary"
                      to={draftPath(draft.id)}
                      aria-label={texts.submission.continueLabel(draft.procedureName)}
                    >
                      {texts.submission.continue}
                    </Link>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={texts.submission.deleteLabel(draft.procedureName)}
                      onClick={() => {
                        setDeleted(false);
                        setDeleting(draft);
                      }}
                    >
                      {texts.submission.delete}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
        {deleting ? (
          <DeleteDialog
            draft={deleting}
            onClose={() => setDeleting(null)}
            onDeleted={() => {
              setDeleting(null);
              setDeleted(true);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
