import { Alert } from '../../../components/alert';
import { PageHeader } from '../../../components/page-header';
import { texts } from '../../../config/i18n';
import type { StatisticsUnitOption } from '../lib/unit-option';

/** The units a scoped screen offers to choose from, and whether they could not be loaded. */
export type ScopeUnits = { units: readonly StatisticsUnitOption[]; unitsError: boolean };

/** A scoped screen's heading, with a warning when the units to choose from could not be loaded. */
export function ScopeHeader({
  title,
  intro,
  unitsError,
}: {
  title: string;
  intro: string;
  unitsError: boolean;
}) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      {unitsError && <Alert tone="warning">{texts.statistics.scope.unitsUnavailable}</Alert>}
    </>
  );
}
