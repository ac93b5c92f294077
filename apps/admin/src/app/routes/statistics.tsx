import { permissionScope } from '@motcua/shared';
import { useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import { texts } from '../../config/i18n';
import { CountrysidePage } from '../../features/statistics/components/countryside-page';
import { DashboardPage } from '../../features/statistics/components/dashboard-page';
import { DrillPage } from '../../features/statistics/components/drill-page';
import { IndicatorItemsPage, readIndicator } from '../../features/statistics/components/indicator-items-page';
import { RankingPage } from '../../features/statistics/components/ranking-page';
import { StatisticsTabs } from '../../features/statistics/components/statistics-tabs';
import { UnitIndexPage } from '../../features/statistics/components/unit-index-page';
import type { StatisticsUnitOption } from '../../features/statistics/lib/unit-option';
import { CustomReportPage } from '../../features/statistics-reports/components/custom-report-page';
import { StandardReportsPage } from '../../features/statistics-reports/components/standard-reports-page';
import { useUnits } from '../../features/units/api/get-units';
import { unitOptions } from '../../features/units/lib/unit-options';
import { todayInVietnam } from '../../lib/format';
import { useCurrentUser } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequirePermission } from '../layout/guards';
import { NotFoundPage } from './not-found';

const t = texts.statistics;

/**
 * The units a leader may pick: their unit and, for those who see the subtree (unit leaders, report approvers),
 * every unit in force under it. The statistics and units features meet only here.
 */
function useStatisticsUnits(): { units: StatisticsUnitOption[]; unitsError: boolean } {
  const user = useCurrentUser();
  const subtree = permissionScope(user.roles, 'statistics.read') === 'subtree';
  const query = useUnits();
  const units = useMemo<StatisticsUnitOption[]>(() => {
    if (!subtree || !query.data) return [{ id: user.unit.id, label: user.unit.name, name: user.unit.name }];
    return unitOptions(query.data, { today: todayInVietnam() })
      .filter((option) => option.inForce)
      .map((option) => ({ id: option.id, label: option.label, name: option.unit.name }));
  }, [subtree, query.data, user.unit]);
  return { units, unitsError: subtree && query.isError };
}

/** One chunk for the statistics screens (the dashboard's charts come in a chunk of their own), under one tab bar. */
export function StatisticsLayout() {
  return (
    <RequirePermission permission="statistics.read">
      <StatisticsTabs />
      <Outlet />
    </RequirePermission>
  );
}

export function StatisticsDashboardRoute() {
  useDocumentTitle(t.dashboard.title);
  const { units, unitsError } = useStatisticsUnits();
  return <DashboardPage units={units} unitsError={unitsError} />;
}

export function StatisticsDossiersRoute() {
  useDocumentTitle(t.drill.title);
  const { units } = useStatisticsUnits();
  return <DrillPage units={units} />;
}

export function StatisticsReportsRoute() {
  useDocumentTitle(t.tabs.reports);
  return <StandardReportsPage />;
}

export function StatisticsCustomRoute() {
  useDocumentTitle(t.tabs.custom);
  return <CustomReportPage />;
}

export function StatisticsIndexRoute() {
  useDocumentTitle(t.index.title);
  const { units, unitsError } = useStatisticsUnits();
  return <RankingPage units={units} unitsError={unitsError} />;
}

export function StatisticsUnitIndexRoute() {
  useDocumentTitle(t.index.title);
  const { unitId = '' } = useParams();
  return <UnitIndexPage key={unitId} unitId={unitId} />;
}

export function StatisticsIndicatorRoute() {
  useDocumentTitle(t.index.title);
  const { unitId = '', indicator } = useParams();
  const metric = readIndicator(indicator);
  if (!metric) return <NotFoundPage />;
  return <IndicatorItemsPage key={`${unitId}-${metric}`} unitId={unitId} indicator={metric} />;
}

export function StatisticsCountrysideRoute() {
  useDocumentTitle(t.countryside.title);
  const { units, unitsError } = useStatisticsUnits();
  return <CountrysidePage units={units} unitsError={unitsError} />;
}
