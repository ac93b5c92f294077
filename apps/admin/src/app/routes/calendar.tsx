import { hasPermission } from '@motcua/shared';
import { texts } from '../../config/i18n';
import { CalendarPage } from '../../features/calendar/components/calendar-page';
import { useUnits } from '../../features/units/api/get-units';
import { useCurrentUser } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

/**
 * The calendar is national: only a system administrator of a root unit may edit it (the API checks the
 * same). Whether the officer's unit is a root comes from the units feature; the two meet only here.
 */
function CalendarScreen() {
  const me = useCurrentUser();
  const mayManage = hasPermission(me.roles, 'calendar.manage');
  const units = useUnits();
  const atRoot = units.data?.some((unit) => unit.id === me.unit.id && unit.parentId === null) ?? false;
  return <CalendarPage canManage={mayManage && atRoot} />;
}

export function CalendarRoute() {
  useDocumentTitle(texts.calendar.title);
  return (
    <RequirePermission permission="calendar.read">
      <CalendarScreen />
    </RequirePermission>
  );
}
