import { useId, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { useSession } from '../../lib/session';
import './home.css';

/** What the header's sign-out passes along, so the landing page can confirm it. */
export type HomeLocationState = { signedOut?: boolean } | null;

const purposeIcons = [
  // A document with a check mark: submitting a dossier.
  'M7 3h7l5 5v13H7zM14 3v5h5M10 14l2 2 4-4',
  // A magnifier over lines: looking a dossier up.
  'M10.5 4a6.5 6.5 0 104.2 11.5L20 20.8M8 9h5M8 12h4',
  // A speech bubble: feedback and petitions.
  'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
];

function PurposeIcon({ path }: { path: string }) {
  return (
    <svg
      className="purpose__icon"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Rings and a star in the manner of a Đông Sơn bronze drum face: decoration for wide screens. */
function HeroMotif() {
  const rays = Array.from({ length: 16 }, (_, i) => i * 22.5);
  return (
    <svg className="hero__motif" viewBox="0 0 200 200" aria-hidden="true" focusable="false">
      <circle cx="100" cy="100" r="98" fill="#fff" stroke="#f2a900" strokeWidth="2" />
      <circle cx="100" cy="100" r="86" fill="none" stroke="#c8102e" strokeOpacity="0.25" strokeWidth="6" />
      <circle
        cx="100"
        cy="100"
        r="72"
        fill="none"
        stroke="#f2a900"
        strokeOpacity="0.6"
        strokeWidth="1.5"
        strokeDasharray="3 5"
      />
      <circle cx="100" cy="100" r="60" fill="#fdf0f1" stroke="#c8102e" strokeOpacity="0.35" strokeWidth="2" />
      {rays.map((angle) => (
        <path
          key={angle}
          d="M100 44 L103 58 L97 58 Z"
          fill="#f2a900"
          fillOpacity="0.7"
          transform={`rotate(${angle} 100 100)`}
        />
      ))}
      <circle cx="100" cy="100" r="38" fill="#c8102e" />
      <path
        fill="#ffd54f"
        d="M100 72l6.6 20.2h21.2l-17.2 12.5 6.6 20.2L100 112.4l-17.2 12.5 6.6-20.2-17.2-12.5h21.2z"
      />
    </svg>
  );
}

/**
 * The catalogue's search box. A plain form, not react-hook-form and zod: this page is in the first bundle and the
 * catalogue checks the words itself.
 */
function CatalogueSearch() {
  const navigate = useNavigate();
  const id = useId();

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get('q');
    const q = typeof typed === 'string' ? typed.replace(/\s+/g, ' ').trim() : '';
    // The catalogue reads its words from `?q=`.
    void navigate(q ? `${paths.catalogue}?${new URLSearchParams({ q }).toString()}` : paths.catalogue);
  }

  return (
    <form
      className="home-search"
      role="search"
      aria-label={texts.catalogue.homeSearchLabel}
      noValidate
      onSubmit={search}
    >
      <label className="home-search__label" htmlFor={id}>
        {texts.catalogue.homeSearchLabel}
      </label>
      <p className="home-search__hint" id={`${id}-hint`}>
        {texts.catalogue.homeSearchHint}
      </p>
      <div className="home-search__row">
        <input
          id={id}
          name="q"
          type="search"
          className="input"
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" className="button button--primary">
          {texts.catalogue.homeSearchSubmit}
        </button>
      </div>
      <ul className="home-search__links">
        <li>
          <Link to={paths.catalogue}>{texts.catalogue.homeBrowse}</Link>
        </li>
        <li>
          <Link to={paths.finder}>{texts.catalogue.homeFinder}</Link>
        </li>
        <li>
          <Link to={paths.questions}>{texts.catalogue.homeQuestions}</Link>
        </li>
      </ul>
    </form>
  );
}

function AccountCallToAction() {
  const { status, citizen } = useSession();
  if (status === 'restoring') {
    return <div className="hero__actions hero__actions--pending" aria-hidden="true" />;
  }
  if (status === 'signed-in' && citizen) {
    return (
      <div className="hero__welcome">
        <p className="hero__greeting">{texts.home.greeting(citizen.fullName)}</p>
        <p>{texts.home.greetingLead}</p>
        <div className="hero__links">
          <Link className="button button--primary" to={paths.myDossiers}>
            {texts.home.toMyDossiers}
          </Link>
          <Link className="button button--secondary" to={paths.profile}>
            {texts.home.toAccount}
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="hero__actions">
      <Link className="button button--primary button--large" to={paths.register}>
        {texts.home.ctaRegister}
      </Link>
      <Link className="button button--secondary button--large" to={paths.login}>
        {texts.home.ctaLogin}
      </Link>
    </div>
  );
}

export function HomePage() {
  const location = useLocation();
  const signedOut = (location.state as HomeLocationState)?.signedOut === true;
  const { status } = useSession();

  return (
    <div className="home">
      <DocumentTitle />
      <section className="hero" aria-labelledby="hero-heading">
        <div className="container hero__inner">
          <HeroMotif />
          <div className="hero__text">
            {signedOut && status === 'signed-out' ? (
              <Alert tone="info" title={texts.home.signedOutNotice} />
            ) : null}
            <p className="hero__eyebrow">{texts.home.eyebrow}</p>
            <h1 id="hero-heading" className="hero__heading">
              {texts.home.heading}
            </h1>
            <p className="hero__lead">{texts.home.lead}</p>
            <CatalogueSearch />
            <AccountCallToAction />
          </div>
        </div>
      </section>

      <section className="section section--track" aria-labelledby="track-heading">
        <div className="container">
          <div className="track-cta card">
            <PurposeIcon path={purposeIcons[1] ?? ''} />
            <div className="track-cta__text">
              <h2 id="track-heading" className="track-cta__heading">
                {texts.home.trackHeading}
              </h2>
              <p>{texts.home.trackText}</p>
            </div>
            <Link className="button button--primary" to={paths.track}>
              {texts.home.trackAction}
            </Link>
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="purpose-heading">
        <div className="container">
          <h2 id="purpose-heading" className="section__heading">
            {texts.home.purposeHeading}
          </h2>
          <ul className="purpose-grid">
            {texts.home.purposes.map((purpose, index) => (
              <li key={purpose.title} className="card purpose">
                <PurposeIcon path={purposeIcons[index] ?? ''} />
                <h3 className="purpose__title">
                  {/* Submitting starts from the catalogue; tracking and feedback have their pages. */}
                  {index === 0 ? (
                    <Link to={paths.catalogue}>{purpose.title}</Link>
                  ) : index === 1 ? (
                    <Link to={paths.track}>{purpose.title}</Link>
                  ) : (
                    <Link to={paths.feedback}>{purpose.title}</Link>
                  )}
                </h3>
                <p>{purpose.text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="section section--tinted" aria-labelledby="steps-heading">
        <div className="container">
          <h2 id="steps-heading" className="section__heading">
            {texts.home.stepsHeading}
          </h2>
          <ol className="steps">
            {texts.home.steps.map((step) => (
              <li key={step.title} className="step">
                <h3 className="step__title">{step.title}</h3>
                <p>{step.text}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      {status !== 'signed-out' ? null : (
        <section className="section" aria-labelledby="account-heading">
          <div className="container">
            <div className="banner">
              <div>
                <h2 id="account-heading" className="banner__heading">
                  {texts.home.accountHeading}
                </h2>
                <p>{texts.home.accountText}</p>
              </div>
              <Link className="button button--light" to={paths.register}>
                {texts.home.ctaRegister}
              </Link>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
