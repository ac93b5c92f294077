import { DOCUMENT_KIND_LABELS, type CitizenDocument } from '@motcua/shared';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { formatFileSize } from '../../components/file-rules';
import { ErrorState, LoadingState } from '../../components/states';
import { myDossierPath, paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { formatInstantAsDate } from '../../lib/format';
import { useDocuments } from '../../lib/get-documents';
import { useDownloadDocument } from './api/download-document';
import { fileTypeLabel, groupDocuments } from './group-documents';
import './documents.css';

function DocumentCard({
  document,
  busy,
  onDownload,
}: {
  document: CitizenDocument;
  busy: boolean;
  onDownload: () => void;
}) {
  return (
    <li className="card doc-card">
      <div className="doc-card__head">
        <h3 className="doc-card__title">{document.label}</h3>
        {document.signed ? (
          <span className="doc-badge">
            <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                d="M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5l8-3zm-1.2 13.6l5.9-5.9-1.4-1.4-4.5 4.5-2.1-2.1-1.4 1.4 3.5 3.5z"
                fill="currentColor"
              />
            </svg>
            {texts.documents.signed}
          </span>
        ) : null}
      </div>
      <dl className="details details--inline doc-card__details">
        <div className="details__row">
          <dt>{texts.documents.dossier}</dt>
          <dd>
            <Link to={myDossierPath(document.dossierId)} className="dossier-code">
              {document.dossierCode}
            </Link>
          </dd>
        </div>
        <div className="details__row">
          <dt>{texts.documents.procedure}</dt>
          <dd>{document.procedureName}</dd>
        </div>
        <div className="details__row">
          <dt>{texts.documents.file}</dt>
          <dd>
            <span className="doc-card__file">{document.name}</span> · {fileTypeLabel(document.mime)} ·{' '}
            {formatFileSize(document.size)}
          </dd>
        </div>
        <div className="details__row">
          <dt>{texts.documents.savedAt}</dt>
          <dd>
            <time dateTime={document.createdAt}>{formatInstantAsDate(document.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <div className="doc-card__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          aria-label={texts.documents.downloadLabel(document.label)}
          onClick={onDownload}
        >
          {busy ? texts.documents.downloading : texts.documents.download}
        </button>
      </div>
    </li>
  );
}

/** `/giay-to-cua-toi`: the citizen's electronic results and digitised papers, by kind, to download or reuse. */
export function DocumentsPage() {
  const documents = useDocuments();
  const download = useDownloadDocument();

  return (
    <div className="page">
      <DocumentTitle page={texts.documents.title} />
      <div className="container">
        <header className="page__header">
          <h1>{texts.documents.title}</h1>
          <p className="lead">{texts.documents.lead}</p>
        </header>
        {download.isError ? (
          <Alert tone="error" title={texts.documents.downloadFailed} focusOnMount>
            <p>{describeError(download.error)}</p>
          </Alert>
        ) : null}
        {documents.isPending ? (
          <LoadingState />
        ) : documents.isError ? (
          <ErrorState
            title={texts.documents.loadFailed}
            message={describeError(documents.error)}
            onRetry={() => void documents.refetch()}
          />
        ) : documents.data.items.length === 0 ? (
          <div className="card card--center empty">
            <h2 className="card__heading">{texts.documents.emptyTitle}</h2>
            <p>{texts.documents.emptyText}</p>
            <Link className="button button--secondary" to={paths.myDossiers}>
              {texts.documents.toMyDossiers}
            </Link>
          </div>
        ) : (
          <>
            <p className="list-count">{texts.documents.count(documents.data.items.length)}</p>
            {groupDocuments(documents.data.items).map((group) => (
              <section key={group.kind} className="doc-group" aria-labelledby={`kind-${group.kind}`}>
                <h2 id={`kind-${group.kind}`} className="doc-group__heading">
                  {DOCUMENT_KIND_LABELS[group.kind]}{' '}
                  <span className="doc-group__count">({texts.documents.kindCount(group.items.length)})</span>
                </h2>
                <ul className="doc-list">
                  {group.items.map((document) => (
                    <DocumentCard
                      key={document.id}
                      document={document}
                      busy={download.isPending && download.variables.fileId === document.id}
                      onDownload={() =>
                        download.mutate({
                          dossierId: document.dossierId,
                          fileId: document.id,
                          name: document.name,
                        })
                      }
                    />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
