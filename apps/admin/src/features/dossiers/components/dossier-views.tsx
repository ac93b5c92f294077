import { hasPermission } from '@motcua/shared';
import { Link, NavLink } from 'react-router';
import { PlusIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';

/** Switches between the work queues and the search of all dossiers; both sit under "Hồ sơ một cửa". */
export function DossierViews() {
  return (
    <nav className="view-tabs" aria-label={texts.dossiers.viewsLabel}>
      <NavLink to="/dossiers" end className="view-tab">
        {texts.dossiers.queuesView}
      </NavLink>
      <NavLink to="/dossiers/search" className="view-tab">
        {texts.dossiers.searchView}
      </NavLink>
    </nav>
  );
}

/** The receiving officer's way to the counter form from any dossier list. */
export function IntakeLink() {
  const user = useCurrentUser();
  if (!hasPermission(user.roles, 'dossiers.intake')) return null;
  return (
    <Link className="btn btn-primary" to="/intake">
      <PlusIcon width={18} height={18} />
      {texts.dossiers.intakeLink}
    </Link>
  );
}
