import { hasPermission } from '@motcua/shared';
import { useSearchParams } from 'react-router';
import { RequirePermission } from '../layout/guards';
import { LoadingState } from '../../components/states';
import { ForbiddenPage } from './not-found';
import { ReportTemplateEditorPage } from '../../features/report-templates/components/report-template-editor';
import { ReportTemplatesPage } from '../../features/report-templates/components/report-templates-page';
import { useUnits } from '../../features/units/api/get-units';
import { useCurrentUser } from '../../lib/session';

/** Report forms are national: only a system administrator of a root unit may add versions (the API checks the same). */
function useNationalAdmin(): boolean | 'pending' {
  const me = useCurrentUser();
  const units = useUnits();
  if (!hasPermission(me.roles, 'units.manage')) return false;
  if (units.isPending) return 'pending';
  return units.data?.some((unit) => unit.id === me.unit.id && unit.parentId === null) ?? false;
}

function ReportTemplatesScreen() {
  const access = useNationalAdmin();
  return access === 'pending' ? <LoadingState /> : <ReportTemplatesPage canManage={access} />;
}

export function ReportTemplatesRoute() {
  return (
    <RequirePermission permission="units.manage">
      <ReportTemplatesScreen />
    </RequirePermission>
  );
}

function ReportTemplateEditorScreen() {
  const [searchParams] = useSearchParams();
  const from = searchParams.get('from') ?? undefined;
  const access = useNationalAdmin();
  if (access === 'pending') return <LoadingState />;
  if (!access) return <ForbiddenPage />;
  return <ReportTemplateEditorPage key={from ?? 'new'} fromId={from} />;
}

export function ReportTemplateEditorRoute() {
  return (
    <RequirePermission permission="units.manage">
      <ReportTemplateEditorScreen />
    </RequirePermission>
  );
}
