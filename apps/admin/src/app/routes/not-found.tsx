import { Link } from 'react-router';
import { texts } from '../../config/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';

function Message({ title, text }: { title: string; text: string }) {
  useDocumentTitle(title);
  return (
    <section className="card message-page">
      <h1 className="page-title">{title}</h1>
      <p>{text}</p>
      <Link className="btn btn-primary" to="/">
        {texts.errors.backHome}
      </Link>
    </section>
  );
}

export function NotFoundPage() {
  return <Message title={texts.errors.notFoundTitle} text={texts.errors.notFoundText} />;
}

export function ForbiddenPage() {
  return <Message title={texts.errors.forbiddenTitle} text={texts.errors.forbiddenText} />;
}
