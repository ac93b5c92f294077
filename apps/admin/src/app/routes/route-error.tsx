import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/button';
import { texts } from '../../config/i18n';

/**
 * Last resort for a screen that failed to load or render. After a deployment the old screen chunks are
 * gone, so the way out is a full reload, which fetches the new ones.
 */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="fatal">
      <div className="card message-page" role="alert">
        <h1 className="page-title">{notFound ? texts.errors.notFoundTitle : texts.errors.crashTitle}</h1>
        <p>{notFound ? texts.errors.notFoundText : texts.errors.crashText}</p>
        <Button variant="primary" onClick={() => window.location.reload()}>
          {texts.errors.reload}
        </Button>
      </div>
    </main>
  );
}
