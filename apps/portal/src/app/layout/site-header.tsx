import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { BrandMark } from '../../components/brand-mark';
import { paths } from '../../config/paths';
import { texts } from '../../config/texts';
import { useLogout } from '../../features/auth/api/logout';
import type { HomeLocationState } from '../../features/home/home-page';
import { useSession } from '../../lib/session';

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {open ? (
        <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      ) : (
        <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      )}
    </svg>
  );
}

function AccountLinks({ onSignOut }: { onSignOut: () => void }) {
  const { status, citizen } = useSession();
  // While the session is being restored, nothing is shown rather than a "Đăng nhập" that flips a moment later.
  if (status === 'restoring') return <li className="site-nav__placeholder" aria-hidden="true" />;
  if (status === 'signed-in' && citizen) {
    return (
      <>
        <li>
          <NavLink className="site-nav__link" to={paths.myDossiers}>
            {texts.layout.navMyDossiers}
          </NavLink>
        </li>
        <li>
          <NavLink className="site-nav__link" to={paths.drafts}>
            {texts.submission.navDrafts}
          </NavLink>
        </li>
        <li>
          <NavLink className="site-nav__link" to={paths.documents}>
            {texts.documents.nav}
          </NavLink>
        </li>
        <li>
          <NavLink className="site-nav__link site-nav__link--account" to={paths.profile}>
            <span>{texts.layout.navAccount}</span>
            <span className="site-nav__name">{citizen.fullName}</span>
          </NavLink>
        </li>
        <li>
          <button type="button" className="site-nav__link site-nav__button" onClick={onSignOut}>
            {texts.layout.logout}
          </button>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <NavLink className="site-nav__link" to={paths.login}>
          {texts.layout.navLogin}
        </NavLink>
      </li>
      <li>
        <NavLink className="site-nav__link site-nav__link--cta" to={paths.register}>
          {texts.layout.navRegister}
        </NavLink>
      </li>
    </>
  );
}

/** Brand, main navigation and the account menu; on phones the navigation folds behind a menu button. */
export function SiteHeader() {
  const [open, setOpen] = useState(false);
  const navId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const navigate = useNavigate();
  const logout = useLogout();

  function closeOnLinkClick(event: MouseEvent<HTMLElement>) {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  }

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    menuButton.current?.focus();
  }

  function signOut() {
    setOpen(false);
    logout.mutate();
    const state: HomeLocationState = { signedOut: true };
    void navigate(paths.home, { state });
  }

  return (
    <header className="site-header" onKeyDown={closeOnEscape}>
      <div className="container site-header__bar">
        <Link className="brand" to={paths.home}>
          <BrandMark />
          <span className="brand__text">
            <span className="brand__name">{texts.appName}</span>
            <span className="brand__sub">{texts.appSubName}</span>
          </span>
        </Link>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls={navId}
          onClick={() => setOpen((v) => !v)}
        >
          <MenuIcon open={open} />
          <span>{texts.layout.menu}</span>
        </button>
        <nav
          id={navId}
          className="site-nav"
          data-open={open}
          aria-label={texts.layout.mainNav}
          onClick={closeOnLinkClick}
        >
          <ul className="site-nav__list">
            <li>
              <NavLink className="site-nav__link" to={paths.home} end>
                {texts.layout.navHome}
              </NavLink>
            </li>
            <li>
              <NavLink className="site-nav__link" to={paths.catalogue}>
                {texts.catalogue.nav}
              </NavLink>
            </li>
            <li>
              <NavLink className="site-nav__link" to={paths.finder}>
                {texts.finder.nav}
              </NavLink>
            </li>
            <li>
              <NavLink className="site-nav__link" to={paths.track}>
                {texts.layout.navTrack}
              </NavLink>
            </li>
            <li>
              <NavLink className="site-nav__link" to={paths.questions}>
                {texts.questions.nav}
              </NavLink>
            </li>
            <li>
              <NavLink className="site-nav__link" to={paths.feedback}>
                {texts.feedback.nav}
              </NavLink>
            </li>
            <li>
              <NavLink className="site-nav__link" to={paths.scoreboard}>
                {texts.scoreboard.nav}
              </NavLink>
            </li>
          </ul>
          <ul className="site-nav__list site-nav__list--account">
            <AccountLinks onSignOut={signOut} />
          </ul>
        </nav>
      </div>
    </header>
  );
}
