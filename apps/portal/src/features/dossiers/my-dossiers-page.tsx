import { Link } from 'react-router';
import { InstantRow, StateBadge } from '../../components/dossier-parts';
import { DocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/states';
import { myDossierPath, paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';
import { useMyDossiers } from './api/get-my-dossiers';

export function MyDossiersPage() {
  const dossiers = useMyDossiers();

  return (
    <div className="page">
      <DocumentTitle page={texts.myDossiers.title} />
      <div className="container">
        <header className="page__header">
          <h1>{texts.myDossiers.title}</h1>
          <p className="lead">{texts.myDossiers.lead}</p>
        </header>
        {dossiers.isPending ? (
          <LoadingState />
        ) : dossiers.isError ? (
          <ErrorState
            title={texts.myDossiers.loadFailed}
            message={describeError(dossiers.error)}
            onRetry={() => void dossiers.refetch()}
          />
        ) : dossiers.data.items.length === 0 ? (
          <div className="card card--center empty">
            <h2 className="card__heading">{texts.myDossiers.emptyTitle}</h2>
            <p>{texts.myDossiers.emptyText}</p>
            <Link className="button button--secondary" to={paths.track}>
              {texts.layout.navTrack}
            </Link>
          </div>
        ) : (
          <>
            <p className="list-count">{texts.myDossiers.count(dossiers.data.items.length)}</p>
            <ul className="dossier-list">
              {dossiers.data.items.map((dossier) => (
                <li key={dossier.id} className="card dossier-card">
                  <div className="dossier-card__head">
                    <h2 className="dossier-card__title">
                      <Link to={myDossierPath(dossier.id)}>
                        <span className="visually-hidden">{texts.myDossiers.code} </span>
                        <span className="dossier-code">{dossier.code}</span>
                      </Link>
                    </h2>
                    <StateBadge state={dossier.state} label={dossier.stateLabel} />
                  </div>
                  <p className="dossier-card__procedure">{dossier.procedureName}</p>
                  <dl className="details details--inline">
                    <InstantRow label={texts.dossier.submittedAt} value={dossier.submittedAt} />
                    <InstantRow label={texts.dossier.dueAt} value={dossier.dueAt} />
                  </dl>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
