import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { texts } from '../../config/texts';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

const MAIN_ID = 'main-content';

/**
 * After a client-side navigation nothing tells a screen reader the page changed: move focus to the new page's
 * heading (or the main region), as a full page load would start reading from the top.
 */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) heading.tabIndex = -1;
    (heading ?? main)?.focus({ preventScroll: true });
  }, [pathname]);
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Handled here so the URL does not gain a #fragment that the router would treat as a navigation.
  event.preventDefault();
  const main = document.getElementById(MAIN_ID);
  main?.focus();
  main?.scrollIntoView();
}

export function RootLayout() {
  const navigation = useNavigation();
  useFocusOnNavigate();
  const loading = navigation.state === 'loading';
  return (
    <div className="app">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {texts.layout.skipToContent}
      </a>
      <SiteHeader />
      {loading ? (
        <div className="route-progress" role="status">
          <span className="visually-hidden">{texts.layout.pageLoading}</span>
        </div>
      ) : null}
      <main id={MAIN_ID} className="site-main" tabIndex={-1} aria-busy={loading || undefined}>
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
