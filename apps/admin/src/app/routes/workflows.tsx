import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { texts } from '../../config/i18n';
import { useUnits } from '../../features/units/api/get-units';
import { unitOptions } from '../../features/units/lib/unit-options';
import { WorkflowCreatePage, WorkflowPage } from '../../features/workflows/components/workflow-editor';
import { WorkflowsPage } from '../../features/workflows/components/workflows-page';
import type { WorkflowUnitOption } from '../../features/workflows/lib/workflow-state';
import { todayInVietnam } from '../../lib/format';
import { useCurrentUser } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';
import { NotFoundPage } from './not-found';

/** The workflow screens pick units from the units feature's list; the two features meet only here. */
function useWorkflowUnits(): WorkflowUnitOption[] {
  const units = useUnits({ includeInactive: true });
  return useMemo(
    () =>
      unitOptions(units.data ?? [], { today: todayInVietnam() }).map((option) => ({
        id: option.id,
        label: option.label,
        name: option.unit.name,
        inForce: option.inForce,
      })),
    [units.data],
  );
}

export function WorkflowsRoute() {
  useDocumentTitle(texts.workflows.list.title);
  return (
    <RequirePermission permission="workflows.manage">
      <WorkflowsPage />
    </RequirePermission>
  );
}

function WorkflowCreateScreen() {
  const units = useWorkflowUnits();
  const me = useCurrentUser();
  const [searchParams] = useSearchParams();
  const from = searchParams.get('from') ?? undefined;
  return <WorkflowCreatePage key={from ?? 'new'} units={units} defaultOwnerId={me.unit.id} fromId={from} />;
}

export function WorkflowCreateRoute() {
  return (
    <RequirePermission permission="workflows.manage">
      <WorkflowCreateScreen />
    </RequirePermission>
  );
}

function WorkflowScreen({ id }: { id: string }) {
  const units = useWorkflowUnits();
  return <WorkflowPage id={id} units={units} />;
}

export function WorkflowRoute() {
  const { id } = useParams();
  return (
    <RequirePermission permission="workflows.manage">
      {id ? <WorkflowScreen key={id} id={id} /> : <NotFoundPage />}
    </RequirePermission>
  );
}
