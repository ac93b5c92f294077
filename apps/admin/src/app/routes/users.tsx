import { useMemo } from 'react';
import { texts } from '../../config/i18n';
import { useUnits } from '../../features/units/api/get-units';
import { unitOptions } from '../../features/units/lib/unit-options';
import { UsersPage } from '../../features/users/components/users-page';
import type { UserUnitOption } from '../../features/users/lib/unit-option';
import { todayInVietnam } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';

/** The users screen picks units from the units feature's list; the two features meet only here. */
function UsersScreen() {
  const units = useUnits({ includeInactive: true });
  const options = useMemo<UserUnitOption[]>(
    () =>
      unitOptions(units.data ?? [], { today: todayInVietnam() }).map((option) => ({
        id: option.id,
        label: option.label,
        accountPrefix: option.unit.accountPrefix,
        active: option.inForce,
      })),
    [units.data],
  );
  return <UsersPage units={options} unitsError={units.isError} />;
}

export function UsersRoute() {
  useDocumentTitle(texts.users.title);
  return (
    <RequirePermission permission="users.read">
      <UsersScreen />
    </RequirePermission>
  );
}
