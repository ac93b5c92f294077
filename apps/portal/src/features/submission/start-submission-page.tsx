import type { Procedure } from '@motcua/shared';
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { draftPath, procedurePath } from '../../config/paths';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { formatInstant } from '../../lib/format';
import { useProcedure } from '../../lib/get-procedure';
import { useCreateDraft } from './api/create-draft';
import { useDrafts } from './api/get-drafts';
import { acceptsOnline } from './procedure-facts';
import './submission.css';

function Shell({ procedure, children }: { procedure: Procedure | undefined; children: ReactNode }) {
  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.submission.startTitle} />
      <header className="page__header">
        <p className="wizard__eyebrow">{texts.submission.startTitle}</p>
        <h1>{procedure ? procedure.name : texts.submission.startTitle}</h1>
        {procedure ? <p className="wizard__code">{texts.submission.procedureCode(procedure.code)}</p> : null}
      </header>
      {children}
    </div>
  );
}

/** Starts the draft as soon as it is shown, once (a re-render or Strict Mode must not leave a second draft). */
function AutoStart({ onStart }: { onStart: () => void }) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    onStart();
  }, [onStart]);
  return <LoadingState label={texts.submission.creating} />;
}

/**
 * `/nop-truc-tuyen/:code`: resumes the citizen's draft of this procedure if there is one (or lets them start
 * afresh), otherwise starts one; a procedure that takes no online dossiers says so and points to its page.
 */
export function StartSubmissionPage() {
  const { code = '' } = useParams();
  const procedure = useProcedure(code);
  const drafts = useDrafts();
  const create = useCreateDraft();
  const navigate = useNavigate();
  const { mutate } = create;
  const start = useCallback(
    () => mutate(code, { onSuccess: (draft) => void navigate(draftPath(draft.id), { replace: true }) }),
    [mutate, code, navigate],
  );

  if (create.isPending || create.isSuccess) {
    // Also while the draft's page loads: the refreshed list, now holding the new draft, must not flash the
    // "resume" choice in between.
    return (
      <Shell procedure={procedure.data}>
        <LoadingState label={texts.submission.creating} />
      </Shell>
    );
  }
  if (procedure.isError) {
    const notFound = isApiError(procedure.error) && [400, 404].includes(procedure.error.status);
    return (
      <Shell procedure={undefined}>
        <ErrorState
          title={texts.submission.procedureLoadFailed}
          message={notFound ? texts.submission.procedureNotFound(code) : describeError(procedure.error)}
          onRetry={notFound ? undefined : () => void procedure.refetch()}
        />
      </Shell>
    );
  }
  if (drafts.isError) {
    return (
      <Shell procedure={procedure.data}>
        <ErrorState
          title={texts.submission.draftsLoadFailed}
          message={describeError(drafts.error)}
          onRetry={() => void drafts.refetch()}
        />
      </Shell>
    );
  }
  if (procedure.isPending || drafts.isPending) {
    return (
      <Shell procedure={procedure.data}>
        <LoadingState label={texts.submission.preparing} />
      </Shell>
    );
  }
  if (!acceptsOnline(procedure.data)) {
    return (
      <Shell procedure={procedure.data}>
        <div className="card">
          <h2 className="card__heading">{texts.submission.notOnlineTitle}</h2>
          <p>{texts.submission.notOnlineText}</p>
          <Link className="button button--secondary" to={procedurePath(code)}>
            {texts.submission.toProcedure}
          </Link>
        </div>
      </Shell>
    );
  }

  const existing = drafts.data.items.filter((item) => item.procedureCode === procedure.data.code);
  if (existing.length === 0) {
    return (
      <Shell procedure={procedure.data}>
        {create.isError ? (
          <ErrorState
            title={texts.submission.createFailed}
            message={describeError(create.error)}
            onRetry={start}
          />
        ) : (
          <AutoStart onStart={start} />
        )}
      </Shell>
    );
  }

  return (
    <Shell procedure={procedure.data}>
      <section className="card" aria-labelledby="resume-heading">
        <h2 id="resume-heading" className="card__heading">
          {texts.submission.resumeHeading}
        </h2>
        <p>{texts.submission.resumeLead}</p>
        <ul className="resume-list">
          {existing.map((item) => (
            <li key={item.id} className="resume-list__item">
              <span>{texts.submission.lastSaved(formatInstant(item.updatedAt))}</span>
              <Link className="button button--primary" to={draftPath(item.id)}>
                {texts.submission.resume}
              </Link>
            </li>
          ))}
        </ul>
        {create.isError ? (
          <Alert tone="error" title={texts.submission.createFailed} focusOnMount>
            <p>{describeError(create.error)}</p>
          </Alert>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          disabled={create.isPending}
          onClick={start}
        >
          {texts.submission.startNew}
        </button>
      </section>
    </Shell>
  );
}
