import type { Procedure } from '@motcua/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ChevronIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { formatDate, formatDateTime, todayInVietnam } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateAmendment } from '../api/create-amendment';
import { useProcedureVersions } from '../api/get-procedure-versions';
import { keyVersions, retirable, versionState } from '../lib/versions';
import { ProcedureDetails } from './procedure-details';
import { PublishDialog } from './publish-dialog';
import { RetireDialog } from './retire-dialog';
import { VersionBadge } from './version-badge';
import './catalogue.css';

const t = texts.catalogue.detail;

type DialogState = { kind: 'publish'; draft: Procedure } | { kind: 'retire'; version: Procedure } | null;

/** One procedure: the version in force, its history, and what can be done next (amend, publish, retire). */
export function ProcedurePage({ code }: { code: string }) {
  const versions = useProcedureVersions(code);
  const first = versions.data?.[0];
  useDocumentTitle(first?.name ?? code);

  if (versions.isPending) return <LoadingState />;
  if (versions.isError) {
    return (
      <>
        <BackLink />
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      </>
    );
  }
  return <ProcedureView code={code} versions={versions.data} />;
}

function BackLink() {
  return (
    <Link className="cat-back-link" to="/procedures">
      <ChevronIcon width={16} height={16} />
      {t.back}
    </Link>
  );
}

function ProcedureView({ code, versions }: { code: string; versions: Procedure[] }) {
  const today = todayInVietnam();
  const navigate = useNavigate();
  const toast = useToast();
  const amendment = useCreateAmendment();
  const { inForce, scheduled, draft } = keyVersions(versions, today);
  const open = retirable(versions);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const shown = versions.find((v) => v.id === selectedId) ?? inForce ?? scheduled ?? draft ?? versions[0];
  if (!shown) return <ErrorState error={new Error(t.notFound)} />;

  function amend() {
    amendment.mutate(code, {
      onSuccess: (created) => {
        toast.notify(t.amended(code));
        void navigate(`/procedures/${encodeURIComponent(code)}/drafts/${created.id}`);
      },
    });
  }

  const amendError = amendment.isError ? describeError(amendment.error) : null;
  // A new version must start after the latest publication, in force or scheduled.
  const latestFrom = scheduled?.effectiveFrom ?? inForce?.effectiveFrom;

  return (
    <>
      <BackLink />
      <PageHeader
        title={shown.name}
        intro={t.codeAndField(code, shown.field)}
        actions={
          <>
            {draft ? (
              <>
                <Link
                  className="btn btn-secondary"
                  to={`/procedures/${encodeURIComponent(code)}/drafts/${draft.id}`}
                >
                  {t.editDraft}
                </Link>
                <Button variant="primary" onClick={() => setDialog({ kind: 'publish', draft })}>
                  {t.publish}
                </Button>
              </>
            ) : (
              // A retired procedure can be amended too: publishing the new draft brings it back.
              <Button variant="primary" onClick={amend} busy={amendment.isPending} title={t.amendHint}>
                {t.amend}
              </Button>
            )}
            {open && (
              <Button variant="danger" onClick={() => setDialog({ kind: 'retire', version: open })}>
                {t.retire}
              </Button>
            )}
          </>
        }
      />

      <div className="cat-notices">
        {amendError && (
          <Alert tone="danger" title={amendError.title}>
            {amendError.detail}
          </Alert>
        )}
        {draft && <Alert tone="warning">{t.draftNotice(draft.versionNo)}</Alert>}
        {scheduled?.effectiveFrom && (
          <Alert tone="info">
            {t.scheduledNotice(scheduled.versionNo, formatDate(scheduled.effectiveFrom))}
          </Alert>
        )}
        {inForce?.effectiveTo && (
          <Alert tone="warning">{t.retiringNotice(formatDate(inForce.effectiveTo))}</Alert>
        )}
        {!inForce && !scheduled && <Alert tone="info">{t.notInForce}</Alert>}
      </div>

      <div className="cat-procedure-layout">
        <section className="card" aria-labelledby="procedure-content-title">
          <div className="card-header">
            <h2 id="procedure-content-title" className="card-title">
              {t.contentTitle(shown.versionNo)}
            </h2>
            <VersionBadge state={versionState(shown, today)} effectiveFrom={shown.effectiveFrom} />
          </div>
          <ProcedureDetails procedure={shown} />
        </section>

        <section className="card card-flush cat-version-history" aria-labelledby="procedure-history-title">
          <div className="card-header">
            <h2 id="procedure-history-title" className="card-title">
              {t.historyTitle}
            </h2>
          </div>
          <ol className="cat-version-list" aria-label={t.historyCaption}>
            {versions.map((v) => {
              const current = v.id === shown.id;
              return (
                <li
                  key={v.id}
                  className={current ? 'cat-version-item cat-version-current' : 'cat-version-item'}
                >
                  <div className="cat-version-heading">
                    <span className="cat-version-number">{texts.catalogue.list.versionNo(v.versionNo)}</span>
                    <VersionBadge state={versionState(v, today)} effectiveFrom={v.effectiveFrom} />
                  </div>
                  <p className="cat-version-meta">
                    {v.effectiveFrom
                      ? t.period(formatDate(v.effectiveFrom), v.effectiveTo && formatDate(v.effectiveTo))
                      : texts.catalogue.list.notPublished}
                  </p>
                  <p className="cat-version-meta">{t.updatedAt(formatDateTime(v.updatedAt))}</p>
                  {current ? (
                    <span className="cat-version-viewing" aria-current="true">
                      {t.viewing}
                    </span>
                  ) : (
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setSelectedId(v.id)}
                      aria-label={t.viewVersion(v.versionNo)}
                    >
                      {t.view}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      </div>

      {dialog?.kind === 'publish' && (
        <PublishDialog
          draft={dialog.draft}
          today={today}
          latestFrom={latestFrom}
          onClose={() => setDialog(null)}
          onPublished={(published) => setSelectedId(published.id)}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireDialog procedure={dialog.version} today={today} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
