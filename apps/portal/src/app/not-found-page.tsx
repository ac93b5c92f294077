import { Link } from 'react-router';
import { DocumentTitle } from '../components/document-title';
import { paths } from '../config/paths';
import { texts } from '../config/texts';

export function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <DocumentTitle page={texts.notFound.title} />
      <div className="card card--center">
        <p className="big-code" aria-hidden="true">
          404
        </p>
        <h1>{texts.notFound.title}</h1>
        <p>{texts.notFound.text}</p>
        <Link className="button button--primary" to={paths.home}>
          {texts.notFound.back}
        </Link>
      </div>
    </div>
  );
}
