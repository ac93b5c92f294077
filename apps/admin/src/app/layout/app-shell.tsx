import { hasPermission, type Permission } from '@motcua/shared';
import { Suspense, type ComponentType, type SVGProps } from 'react';
import { NavLink, Outlet, useNavigate, useNavigation } from 'react-router';
import { Button } from '../../components/button';
import {
  BookIcon,
  BuildingIcon,
  CalendarIcon,
  Emblem,
  FolderIcon,
  HomeIcon,
  InboxIcon,
  LogoutIcon,
  MailIcon,
  MegaphoneIcon,
  QuestionIcon,
  StepsIcon,
  UserIcon,
  UsersIcon,
} from '../../components/icons';
import { LoadingState } from '../../components/states';
import { texts } from '../../config/i18n';
import { useLogout } from '../../features/auth/api/logout';
import { NotificationsBell } from '../../features/notifications/components/notifications-bell';
import { ReportsIcon } from '../../features/reports/components/reports-icon';
import { StatisticsIcon } from '../../features/statistics/components/statistics-icon';
import { useCurrentUser } from '../../lib/session';

type NavItem = {
  to: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  permission?: Permission;
};

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: texts.nav.overview, icon: HomeIcon },
  { to: '/dossiers', label: texts.nav.dossiers, icon: FolderIcon, permission: 'dossiers.read' },
  { to: '/intake', label: texts.nav.intake, icon: InboxIcon, permission: 'dossiers.intake' },
  { to: '/questions', label: texts.nav.questions, icon: QuestionIcon, permission: 'questions.answer' },
  { to: '/feedback', label: texts.nav.feedback, icon: MegaphoneIcon, permission: 'feedback.handle' },
  { to: '/reports', label: texts.reports.nav, icon: ReportsIcon, permission: 'reports.read' },
  { to: '/statistics', label: texts.statistics.nav, icon: StatisticsIcon, permission: 'statistics.read' },
  {
    to: '/report-templates',
    label: texts.reportTemplates.nav,
    icon: ReportsIcon,
    permission: 'units.manage',
  },
  { to: '/units', label: texts.nav.units, icon: BuildingIcon, permission: 'units.read' },
  { to: '/users', label: texts.nav.users, icon: UsersIcon, permission: 'users.read' },
  { to: '/procedures', label: texts.nav.procedures, icon: BookIcon, permission: 'procedures.manage' },
  { to: '/workflows', label: texts.nav.workflows, icon: StepsIcon, permission: 'workflows.manage' },
  { to: '/calendar', label: texts.nav.calendar, icon: CalendarIcon, permission: 'calendar.read' },
  { to: '/mailbox', label: texts.nav.mailbox, icon: MailIcon, permission: 'outbox.read' },
  { to: '/profile', label: texts.nav.profile, icon: UserIcon },
];

export function AppHeader() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {texts.app.skipToContent}
      </a>
      <div className="brand">
        <Emblem width={34} height={34} />
        <span className="brand-text">
          <span className="brand-name">{texts.app.name}</span>
          <span className="brand-section">{texts.app.section}</span>
        </span>
      </div>
      <div className="header-user">
        <NotificationsBell />
        <span className="header-user-text">
          <span className="header-user-name">{user.fullName}</span>
          <span className="header-user-unit">{user.unit.name}</span>
        </span>
        <Button
          variant="ghost"
          className="btn-on-dark"
          busy={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
          }
        >
          <LogoutIcon width={18} height={18} />
          {logout.isPending ? texts.auth.loggingOut : texts.auth.logout}
        </Button>
      </div>
    </header>
  );
}

export function AppShell() {
  const user = useCurrentUser();
  const items = NAV_ITEMS.filter((item) => !item.permission || hasPermission(user.roles, item.permission));
  // Screens load on first visit; a thin bar shows that the click was taken.
  const navigating = useNavigation().state === 'loading';
  return (
    <div className="app">
      {navigating && <div className="route-progress" role="progressbar" aria-label={texts.app.loading} />}
      <AppHeader />
      <div className="app-body">
        <nav className="side-nav" aria-label={texts.nav.label}>
          <ul>
            {items.map(({ to, label, icon: Icon }) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'} className="nav-link">
                  <Icon />
                  <span>{label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="app-footer">{texts.app.footer}</footer>
    </div>
  );
}
