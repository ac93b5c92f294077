import { Link } from 'react-router';
import { BrandMark } from '../../components/brand-mark';
import { API_DOCS_URL, paths } from '../../config/paths';
import { texts } from '../../config/texts';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div className="site-footer__about">
          <p className="site-footer__brand">
            <BrandMark size={36} />
            <span>{texts.layout.footerAgency}</span>
          </p>
          <p>{texts.layout.footerProduct}</p>
          <p>{texts.layout.footerSupport}</p>
          <p>
            <Link to={paths.verify}>{texts.verify.footerLink}</Link>
          </p>
        </div>
        <div className="site-footer__dev">
          <h2 className="site-footer__heading">{texts.layout.footerDevelopers}</h2>
          {/* A plain link: the API docs are served by the server, not a route of this app. */}
          <a href={API_DOCS_URL}>{texts.layout.footerApiDocs}</a>
        </div>
      </div>
    </footer>
  );
}
