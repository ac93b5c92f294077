import {
  DOSSIER_STATES,
  DOSSIER_STATE_LABELS,
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  type Dashboard,
  type DossierState,
  type FeedbackStatus,
  type StatisticsFilter,
} from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { ratio } from './figures';

/** A number on the dashboard and the dossiers behind it. */
export type Drillable = { count: number; drill: StatisticsFilter };

export type StateRow = Drillable & { state: DossierState; label: string };

/** Dossiers by state in the lifecycle's order; states with none are left out of the chart. */
export function stateRows(dashboard: Pick<Dashboard, 'byState'>): StateRow[] {
  const order = (state: DossierState) => DOSSIER_STATES.indexOf(state);
  return dashboard.byState
    .filter((row) => row.count > 0)
    .sort((a, b) => order(a.state) - order(b.state))
    .map((row) => ({ ...row, label: DOSSIER_STATE_LABELS[row.state] }));
}

/** "2026-03" → "T3/2026". */
export function monthLabel(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return Number.isNaN(year) || Number.isNaN(m) ? month : texts.statistics.monthLabel(m, year);
}

export type MonthRow = {
  month: string;
  label: string;
  early: Drillable;
  onTime: Drillable;
  late: Drillable;
  /** Flat copies of the counts, for the chart's data keys. */
  earlyCount: number;
  onTimeCount: number;
  lateCount: number;
  /** The on-time rate in percent (0–100), for the chart's line; null without resolved dossiers. */
  ratePercent: number | null;
  rate: number | null;
};

export function monthRows(dashboard: Pick<Dashboard, 'onTimeByMonth'>): MonthRow[] {
  return [...dashboard.onTimeByMonth]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => {
      const resolved = m.early.count + m.onTime.count + m.late.count;
      const rate = m.rate ?? ratio(m.early.count + m.onTime.count, resolved);
      return {
        ...m,
        label: monthLabel(m.month),
        earlyCount: m.early.count,
        onTimeCount: m.onTime.count,
        lateCount: m.late.count,
        rate,
        ratePercent: rate === null ? null : Math.round(rate * 1000) / 10,
      };
    });
}

/** The same filter over another window: a month's drill widened to the whole period. */
function overWindow(drill: StatisticsFilter, from: string, to: string): StatisticsFilter {
  return { ...drill, from, to };
}

export type OnTimeTotals = {
  resolved: number;
  rate: number | null;
  early: Drillable | null;
  onTime: Drillable | null;
  late: Drillable | null;
};

/**
 * The period's early, on-time and late dossiers: the months summed, each with the filter of one month widened to
 * the whole period (the months share every other condition).
 */
export function onTimeTotals(dashboard: Pick<Dashboard, 'onTimeByMonth' | 'from' | 'to'>): OnTimeTotals {
  const months = dashboard.onTimeByMonth;
  const sum = (pick: (m: Dashboard['onTimeByMonth'][number]) => Drillable): Drillable | null => {
    const first = months[0];
    if (!first) return null;
    return {
      count: months.reduce((s, m) => s + pick(m).count, 0),
      drill: overWindow(pick(first).drill, dashboard.from, dashboard.to),
    };
  };
  const early = sum((m) => m.early);
  const onTime = sum((m) => m.onTime);
  const late = sum((m) => m.late);
  const good = (early?.count ?? 0) + (onTime?.count ?? 0);
  const resolved = good + (late?.count ?? 0);
  return { resolved, rate: ratio(good, resolved), early, onTime, late };
}

export type OverdueRow = Drillable & { unitId: string; unitName: string };

/** Units with the most overdue dossiers first; units with none are left out. */
export function overdueRows(dashboard: Pick<Dashboard, 'overdueByUnit'>): OverdueRow[] {
  const collator = new Intl.Collator('vi');
  return dashboard.overdueByUnit
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || collator.compare(a.unitName, b.unitName));
}

/** All the open dossiers past their appointment in the unit's subtree and period. */
export function overdueTotal(
  dashboard: Pick<Dashboard, 'overdueByUnit' | 'unit' | 'from' | 'to'>,
): Drillable {
  const first = dashboard.overdueByUnit[0];
  const drill: StatisticsFilter = first
    ? { ...first.drill, unitId: dashboard.unit.id }
    : {
        unitId: dashboard.unit.id,
        dateField: 'received',
        from: dashboard.from,
        to: dashboard.to,
        overdue: true,
      };
  return { count: dashboard.overdueByUnit.reduce((s, row) => s + row.count, 0), drill };
}

export type FeedbackRow = { status: FeedbackStatus; label: string; count: number };

/** Feedback by status in the contract's order, with zeros left out. */
export function feedbackRows(dashboard: Pick<Dashboard, 'feedbackByStatus'>): FeedbackRow[] {
  const order = (status: FeedbackStatus) => FEEDBACK_STATUSES.indexOf(status);
  return dashboard.feedbackByStatus
    .filter((row) => row.count > 0)
    .sort((a, b) => order(a.status) - order(b.status))
    .map((row) => ({ ...row, label: FEEDBACK_STATUS_LABELS[row.status] }));
}

/** The received dossiers split into online and the rest, for the share chart. */
export function onlineSlices(dashboard: Pick<Dashboard, 'online'>): {
  online: number;
  other: number;
  share: number | null;
} {
  const { online, total, share } = dashboard.online;
  return {
    online: online.count,
    other: Math.max(0, total.count - online.count),
    share: share ?? ratio(online.count, total.count),
  };
}
