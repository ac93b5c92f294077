import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { useProcedure } from '../../lib/get-procedure';
import { useDraft } from './api/get-draft';
import { DraftWizard } from './draft-wizard';

function Shell({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <DocumentTitle page={texts.submission.draftTitle} />
      <div className="container">
        <BackLink to={paths.drafts}>{texts.submission.toDrafts}</BackLink>
        <header className="page__header">
          <h1>{texts.submission.draftTitle}</h1>
        </header>
        {children}
      </div>
    </div>
  );
}

/** A draft being filled in (`/ho-so-dang-soan/:id`): loads it and its procedure, then hands over to the wizard. */
export function DraftPage() {
  const { id = '' } = useParams();
  const draft = useDraft(id);
  const procedure = useProcedure(draft.data?.procedureCode);

  // Once loaded, the wizard stays on screen whatever a later refetch says: it holds the citizen's typing, and
  // after submission its success screen (the draft itself then answers 409, being a dossier now).
  if (draft.data && procedure.data) {
    return <DraftWizard key={draft.data.id} draft={draft.data} procedure={procedure.data} />;
  }
  if (draft.isError) {
    const gone = isApiError(draft.error) && [400, 404, 409].includes(draft.error.status);
    return (
      <Shell>
        <ErrorState
          title={texts.submission.draftLoadFailed}
          message={gone ? texts.submission.draftNotFound : describeError(draft.error)}
          onRetry={gone ? undefined : () => void draft.refetch()}
        />
      </Shell>
    );
  }
  if (procedure.isError) {
    return (
      <Shell>
        <ErrorState
          title={texts.submission.procedureLoadFailed}
          message={describeError(procedure.error)}
          onRetry={() => void procedure.refetch()}
        />
      </Shell>
    );
  }
  return (
    <Shell>
      <LoadingState />
    </Shell>
  );
}
