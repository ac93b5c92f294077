import { Link, useLocation } from 'react-router';
import { texts } from '../../../config/i18n';
import '../statistics.css';

const t = texts.statistics.tabs;

/** The screens under "Thống kê"; the drill-down list belongs with the dashboard it comes from. */
const TABS = [
  { to: '/statistics', label: t.dashboard, match: ['/statistics', '/statistics/dossiers'] },
  { to: '/statistics/reports', label: t.reports, match: ['/statistics/reports'] },
  { to: '/statistics/custom', label: t.custom, match: ['/statistics/custom'] },
  { to: '/statistics/index', label: t.index, match: ['/statistics/index'] },
  { to: '/statistics/countryside', label: t.countryside, match: ['/statistics/countryside'] },
] as const;

function isCurrent(pathname: string, match: readonly string[]): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return match.some((m) => (m === '/statistics' ? path === m : path === m || path.startsWith(`${m}/`)));
}

/** Tabs between the statistics screens, above each of them. */
export function StatisticsTabs() {
  const { pathname } = useLocation();
  return (
    <nav className="st-tabs" aria-label={texts.statistics.tabsLabel}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              className="st-tab"
              aria-current={isCurrent(pathname, tab.match) ? 'page' : undefined}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
