import { hasPermission, type Dashboard, type StatisticsFilter } from '@motcua/shared';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/alert';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDate, todayInVietnam } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useDashboard } from '../api/get-dashboard';
import {
  feedbackRows,
  monthRows,
  onlineSlices,
  onTimeTotals,
  overdueRows,
  overdueTotal,
  stateRows,
  type Drillable,
  type FeedbackRow,
} from '../lib/dashboard';
import { formatCount, formatPercent } from '../lib/figures';
import { drillHref } from '../../../lib/statistics-filter-url';
import { isValidRange, yearToDate } from '../lib/period';
import { ChartCard, type Figures } from '../../../components/charts/chart-card';
import { ScopeForm } from './scope-form';
import { useScope } from './use-scope';
import { ScopeHeader, type ScopeUnits } from './scope-header';
import '../statistics.css';

// recharts comes with the charts only, after the figures: neither the first load nor the other tabs carry it.
const StateChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.StateChart })));
const MonthChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.MonthChart })));
const OverdueChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.OverdueChart })));
const OnlineChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.OnlineChart })));
const FeedbackChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.FeedbackChart })));

const d = texts.statistics.dashboard;
const f = texts.statistics.figures;

/** A number that opens the dossiers behind it. */
function DrillLink({
  item,
  back,
  label,
  children,
}: {
  item: Drillable | null;
  back: string;
  label: string;
  children?: ReactNode;
}) {
  if (!item) return <>{children ?? formatCount(0)}</>;
  return (
    <Link to={drillHref(item.drill, back)} aria-label={f.openList(label, item.count)}>
      {children ?? formatCount(item.count)}
    </Link>
  );
}

function Stat({
  label,
  value,
  hint,
  href,
  linkLabel,
  tone,
}: {
  label: string;
  value: string;
  hint: ReactNode;
  href?: string | undefined;
  linkLabel?: string;
  tone?: 'danger' | 'success';
}) {
  return (
    <div className={cx('card stat st-stat', tone && `is-${tone}`)}>
      <p className="stat-label">{label}</p>
      <p className="stat-value">
        {href ? (
          <Link to={href} className="st-stat-link" aria-label={linkLabel}>
            {value}
          </Link>
        ) : (
          value
        )}
      </p>
      <p className="stat-hint">{hint}</p>
    </div>
  );
}

function Headline({ dashboard, back }: { dashboard: Dashboard; back: string }) {
  const onTime = onTimeTotals(dashboard);
  const overdue = overdueTotal(dashboard);
  const { online, total } = dashboard.online;
  const slices = onlineSlices(dashboard);
  const satisfaction = dashboard.satisfaction;
  return (
    <section aria-labelledby="st-headline-title">
      <h2 id="st-headline-title" className="sr-only">
        {d.headline}
      </h2>
      <div className="stats st-stats">
        <Stat
          label={d.received}
          value={formatCount(total.count)}
          href={drillHref(total.drill, back)}
          linkLabel={f.openList(d.received, total.count)}
          hint={d.receivedHint(formatDate(dashboard.from), formatDate(dashboard.to))}
        />
        <Stat
          label={d.onTimeRate}
          value={formatPercent(onTime.rate)}
          tone={onTime.rate !== null && onTime.rate >= 0.9 ? 'success' : undefined}
          hint={
            onTime.resolved === 0 ? (
              d.noResolved
            ) : (
              <span className="st-split">
                <DrillLink item={onTime.early} back={back} label={d.early}>
                  {d.early} {formatCount(onTime.early?.count ?? 0)}
                </DrillLink>
                <DrillLink item={onTime.onTime} back={back} label={d.onTime}>
                  {d.onTime} {formatCount(onTime.onTime?.count ?? 0)}
                </DrillLink>
                <DrillLink item={onTime.late} back={back} label={d.late}>
                  {d.late} {formatCount(onTime.late?.count ?? 0)}
                </DrillLink>
              </span>
            )
          }
        />
        <Stat
          label={d.overdue}
          value={formatCount(overdue.count)}
          tone={overdue.count > 0 ? 'danger' : undefined}
          href={drillHref(overdue.drill, back)}
          linkLabel={f.openList(d.overdue, overdue.count)}
          hint={d.overdueHint}
        />
        <Stat
          label={d.onlineShare}
          value={formatPercent(slices.share)}
          href={drillHref(online.drill, back)}
          linkLabel={f.openList(d.online, online.count)}
          hint={d.onlineHint(online.count, total.count)}
        />
        <Stat
          label={d.satisfaction}
          value={formatPercent(satisfaction.share)}
          href={
            satisfaction.unsatisfied.count > 0 ? drillHref(satisfaction.unsatisfied.drill, back) : undefined
          }
          linkLabel={f.openList(d.unsatisfied, satisfaction.unsatisfied.count)}
          hint={d.satisfactionHint(satisfaction.satisfied, satisfaction.rated)}
        />
      </div>
    </section>
  );
}

function ChartFallback() {
  return <LoadingState />;
}

function Charts({ dashboard, back }: { dashboard: Dashboard; back: string }) {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const open = (drill: StatisticsFilter) => void navigate(drillHref(drill, back));
  const link = (item: Drillable, label: string) => <DrillLink item={item} back={back} label={label} />;

  const states = stateRows(dashboard);
  const months = monthRows(dashboard);
  const totals = onTimeTotals(dashboard);
  const overdue = overdueRows(dashboard);
  const overdueSum = overdueTotal(dashboard);
  const slices = onlineSlices(dashboard);
  const feedback = feedbackRows(dashboard);
  // The feedback list is the handler's queue of their own unit: offered to those who may open it.
  const canOpenFeedback = hasPermission(user.roles, 'feedback.handle');
  const feedbackHref = (row: FeedbackRow) => `/feedback?box=all&status=${row.status}`;

  const stateFigures: Figures = {
    label: d.state,
    columns: [f.count],
    rows: states.map((row) => ({ key: row.state, label: row.label, cells: [link(row, row.label)] })),
    total: [link(dashboard.online.total, d.received)],
  };
  const monthFigures: Figures = {
    label: d.month,
    columns: [d.early, d.onTime, d.late, d.rate],
    rows: months.map((m) => ({
      key: m.month,
      label: m.label,
      cells: [
        link(m.early, `${m.label}, ${d.early}`),
        link(m.onTime, `${m.label}, ${d.onTime}`),
        link(m.late, `${m.label}, ${d.late}`),
        formatPercent(m.rate),
      ],
    })),
    total: [
      <DrillLink key="early" item={totals.early} back={back} label={d.early} />,
      <DrillLink key="onTime" item={totals.onTime} back={back} label={d.onTime} />,
      <DrillLink key="late" item={totals.late} back={back} label={d.late} />,
      formatPercent(totals.rate),
    ],
  };
  const overdueFigures: Figures = {
    label: d.unit,
    columns: [d.late],
    rows: overdue.map((row) => ({
      key: row.unitId,
      label: row.unitName,
      cells: [link(row, row.unitName)],
    })),
    total: [link(overdueSum, d.overdue)],
  };
  const onlineFigures: Figures = {
    label: d.channel,
    columns: [f.count, f.share],
    rows: [
      {
        key: 'online',
        label: d.onlineSlice,
        cells: [link(dashboard.online.online, d.onlineSlice), formatPercent(slices.share)],
      },
    ],
    total: [
      link(dashboard.online.total, d.allReceived),
      formatPercent(dashboard.online.total.count > 0 ? 1 : null),
    ],
  };
  const feedbackFigures: Figures = {
    label: d.feedbackStatus,
    columns: [d.feedbackCount],
    rows: feedback.map((row) => ({
      key: row.status,
      label: row.label,
      cells: [
        canOpenFeedback ? (
          <Link to={feedbackHref(row)}>{formatCount(row.count)}</Link>
        ) : (
          formatCount(row.count)
        ),
      ],
    })),
  };

  return (
    <div className="chart-grid">
      <ChartCard
        id="st-by-state"
        title={d.byState}
        hint={states.length > 0 ? d.clickHint : undefined}
        chart={
          states.length > 0 ? (
            <Suspense fallback={<ChartFallback />}>
              <StateChart rows={states} onSelect={open} />
            </Suspense>
          ) : (
            <p className="muted">{d.noDossiers}</p>
          )
        }
        figures={states.length > 0 ? stateFigures : undefined}
      />
      <ChartCard
        id="st-online"
        title={d.online}
        hint={slices.online + slices.other > 0 ? d.clickHint : undefined}
        chart={
          slices.online + slices.other === 0 ? (
            <p className="muted">{d.noDossiers}</p>
          ) : (
            <Suspense fallback={<ChartFallback />}>
              <OnlineChart
                online={slices.online}
                other={slices.other}
                share={formatPercent(slices.share)}
                onSelect={(slice) =>
                  open(slice === 'online' ? dashboard.online.online.drill : dashboard.online.total.drill)
                }
              />
            </Suspense>
          )
        }
        figures={slices.online + slices.other > 0 ? onlineFigures : undefined}
      />
      <ChartCard
        id="st-by-month"
        title={d.onTimeByMonth}
        wide
        hint={months.length > 0 ? d.clickHint : undefined}
        chart={
          months.length > 0 ? (
            <Suspense fallback={<ChartFallback />}>
              <MonthChart rows={months} onSelect={open} />
            </Suspense>
          ) : (
            <p className="muted">{d.noResolved}</p>
          )
        }
        figures={months.length > 0 ? monthFigures : undefined}
      />
      <ChartCard
        id="st-overdue"
        title={d.overdueByUnit}
        hint={overdue.length > 0 ? d.clickHint : undefined}
        chart={
          overdue.length > 0 ? (
            <Suspense fallback={<ChartFallback />}>
              <OverdueChart rows={overdue} onSelect={open} />
            </Suspense>
          ) : (
            <p className="muted">{d.noOverdue}</p>
          )
        }
        figures={overdue.length > 0 ? overdueFigures : undefined}
      />
      <section className="card chart-card" aria-labelledby="st-satisfaction-title">
        <div className="card-header">
          <h2 id="st-satisfaction-title" className="card-title">
            {d.satisfactionCard}
          </h2>
        </div>
        <div className="st-figure">
          <p className="st-figure-value">{formatPercent(dashboard.satisfaction.share)}</p>
          <p className="st-figure-label">
            {d.satisfactionHint(dashboard.satisfaction.satisfied, dashboard.satisfaction.rated)}
          </p>
          <p className="muted">{d.satisfactionNote}</p>
        </div>
      </section>
      <ChartCard
        id="st-feedback"
        title={d.feedbackByStatus}
        wide
        hint={feedback.length > 0 && canOpenFeedback ? d.feedbackLinkHint : undefined}
        chart={
          feedback.length > 0 ? (
            <Suspense fallback={<ChartFallback />}>
              <FeedbackChart
                rows={feedback}
                onSelect={canOpenFeedback ? (row) => void navigate(feedbackHref(row)) : undefined}
              />
            </Suspense>
          ) : (
            <p className="muted">{d.noFeedback}</p>
          )
        }
        figures={feedback.length > 0 ? feedbackFigures : undefined}
      />
    </div>
  );
}

/**
 * The leaders' dashboard: headline figures and charts of the dossiers a unit's subtree received in a period (this
 * year so far by default). Every number opens the list of the dossiers behind it.
 */
export function DashboardPage({ units, unitsError }: ScopeUnits) {
  const user = useCurrentUser();
  const today = todayInVietnam();
  const fallback = yearToDate(today);
  const { scope, apply, here } = useScope(fallback);
  const valid = isValidRange(scope);
  const dashboard = useDashboard(scope, valid);

  let body: ReactNode;
  if (!valid) body = <Alert tone="warning">{texts.statistics.scope.rangeInvalidAlert}</Alert>;
  else if (dashboard.isPending) body = <LoadingState />;
  else if (dashboard.isError)
    body = <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  else if (
    dashboard.data.online.total.count === 0 &&
    dashboard.data.feedbackByStatus.every((row) => row.count === 0)
  )
    body = (
      <section className="card">
        <EmptyState title={d.empty} />
      </section>
    );
  else
    body = (
      <div
        className={cx(dashboard.isPlaceholderData && 'st-stale')}
        aria-busy={dashboard.isPlaceholderData || undefined}
      >
        <Headline dashboard={dashboard.data} back={here} />
        <Charts dashboard={dashboard.data} back={here} />
      </div>
    );

  return (
    <>
      <ScopeHeader title={d.title} intro={d.intro} unitsError={unitsError} />
      <ScopeForm
        units={units}
        ownUnit={user.unit}
        value={scope}
        fallback={fallback}
        today={today}
        onApply={(next) => apply(next)}
      />
      {body}
    </>
  );
}
