import type { QualityIndex } from '@motcua/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { BackLink } from '../../../components/back-link';
import { Badge } from '../../../components/badge';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/states';
import { texts, unitLevelLabel } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDate, todayInVietnam } from '../../../lib/format';
import { useUnitIndex } from '../api/get-unit-index';
import { barWidth, formatCount, formatPercent, formatScore } from '../lib/figures';
import { safeBack } from '../../../lib/statistics-filter-url';
import { currentQuarter, isValidRange } from '../lib/period';
import { indicatorHref, nothingToMeasure, pointsLost, rulesFor } from '../lib/quality-index';
import { PeriodForm } from './period-form';
import { ScoreCell } from './ranking-page';
import { useScope } from './use-scope';
import '../statistics.css';

const t = texts.statistics.index;
const u = texts.statistics.unitIndex;

type Group = QualityIndex['groups'][number];

function GroupCard({ index, group, back }: { index: QualityIndex; group: Group; back: string }) {
  const window = { from: index.from, to: index.to };
  return (
    <section className="card st-group" aria-labelledby={`st-group-${group.key}`}>
      <div className="card-header">
        <h2 id={`st-group-${group.key}`} className="card-title">
          {group.label}
        </h2>
        <ScoreCell score={group.score} points={group.points} strong />
      </div>
      <div className="table-wrap" role="region" aria-label={u.groupCaption(group.label)} tabIndex={0}>
        <table className="table st-indicators">
          <caption className="sr-only">{u.groupCaption(group.label)}</caption>
          <thead>
            <tr>
              <th scope="col">{u.indicator}</th>
              <th scope="col" className="num">
                {u.figures}
              </th>
              <th scope="col" className="num">
                {u.rate}
              </th>
              <th scope="col" className="num">
                {u.threshold}
              </th>
              <th scope="col">{u.score}</th>
            </tr>
          </thead>
          <tbody>
            {group.indicators.map((indicator) => {
              const lost = pointsLost(indicator);
              const empty = nothingToMeasure(indicator);
              return (
                <tr key={indicator.key}>
                  <th scope="row">
                    <span className="cell-primary st-indicator-label">{indicator.label}</span>
                    {empty && <span className="cell-secondary">{u.nothingToMeasure}</span>}
                    {lost > 0 && (
                      <span className="st-lost">
                        <Badge tone="warning">{u.lost(formatScore(lost))}</Badge>
                        <Link to={indicatorHref(index.unit.id, indicator.key, window, back)}>
                          {u.seeItems}
                        </Link>
                      </span>
                    )}
                  </th>
                  <td className="num">
                    {empty
                      ? texts.statistics.noValue
                      : u.fraction(formatCount(indicator.numerator), formatCount(indicator.denominator))}
                  </td>
                  <td className="num">{formatPercent(indicator.rate)}</td>
                  <td className="num">{formatPercent(indicator.threshold)}</td>
                  <td className="st-col-score">
                    <span className="st-score">
                      <span>
                        {formatScore(indicator.score)}
                        <span className="st-score-max">{t.outOf(indicator.points)}</span>
                      </span>
                      <span className={cx('st-bar', lost > 0 && 'is-short')} aria-hidden="true">
                        <span
                          className="st-bar-fill"
                          style={{ width: `${barWidth(indicator.score, indicator.points)}%` }}
                        />
                      </span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One unit's service-quality index: its total, each group and indicator, and where the points were lost. */
export function UnitIndexPage({ unitId }: { unitId: string }) {
  const today = todayInVietnam();
  const fallback = currentQuarter(today);
  const { scope, params, apply, here } = useScope(fallback);
  const back = params.get('back');
  const valid = isValidRange(scope);
  const query = useUnitIndex({ unitId, from: scope.from, to: scope.to }, valid);
  const index = query.data;
  const rules = index ? rulesFor(index.rulesVersion, index.from) : undefined;

  let body: ReactNode;
  if (!valid) body = <Alert tone="warning">{texts.statistics.scope.rangeInvalidAlert}</Alert>;
  else if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else
    body = (
      <div
        className={cx(query.isPlaceholderData && 'st-stale')}
        aria-busy={query.isPlaceholderData || undefined}
      >
        <section className="card st-total" aria-labelledby="st-total-title">
          <h2 id="st-total-title" className="stat-label">
            {u.totalLabel}
          </h2>
          <p className="st-total-value">
            {formatScore(query.data.total)}
            <span className="st-score-max"> {u.outOf100}</span>
          </p>
          <span className="st-bar st-bar-lg" aria-hidden="true">
            <span className="st-bar-fill" style={{ width: `${barWidth(query.data.total, 100)}%` }} />
          </span>
          <p className="muted">
            {texts.statistics.scope.window(formatDate(query.data.from), formatDate(query.data.to))}
          </p>
        </section>
        {query.data.groups.map((group) => (
          <GroupCard key={group.key} index={query.data} group={group} back={here} />
        ))}
        <div className="st-notes">
          <p>{t.rulesVersion(query.data.rulesVersion)}</p>
          {rules && <p>{u.source(rules.source)}</p>}
          <p>{t.fullPointsNote}</p>
        </div>
      </div>
    );

  return (
    <>
      <BackLink to={safeBack(back, `/statistics/index?from=${scope.from}&to=${scope.to}`)}>{u.back}</BackLink>
      <PageHeader
        title={index ? u.title(index.unit.name) : t.title}
        intro={index ? unitLevelLabel(index.unit.level) : undefined}
      />
      <PeriodForm value={scope} today={today} onApply={(next) => apply(next, { back: back ?? undefined })} />
      {body}
    </>
  );
}
