import { useRouteError } from 'react-router';
import { DocumentTitle } from '../components/document-title';
import { texts } from '../config/texts';

/**
 * Shown when a screen fails to render or its code chunk fails to load (typically after a new deployment replaced
 * the hashed files the open tab still refers to): a reload fetches the new ones.
 */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.routeError.title} />
      <div className="card card--center" role="alert">
        <h1>{texts.routeError.title}</h1>
        <p>{texts.routeError.text}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {texts.common.reloadPage}
        </button>
      </div>
    </div>
  );
}
