import { UNIT_LEVELS, type Ranking, type UnitLevel } from '@motcua/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { DataTable, type Column } from '../../../components/data-table';
import { SelectField } from '../../../components/field';
import { ListToolbar } from '../../../components/list-toolbar';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts, unitLevelLabel } from '../../../config/i18n';
import { formatDate, todayInVietnam } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { oneOf } from '../../../lib/url-filters';
import { useRanking } from '../api/get-ranking';
import { barWidth, formatScore } from '../lib/figures';
import { currentQuarter, isValidRange } from '../lib/period';
import { groupColumns, rulesFor, unitIndexHref } from '../lib/quality-index';
import { PeriodForm } from './period-form';
import { useScope } from './use-scope';
import { ScopeHeader, type ScopeUnits } from './scope-header';
import '../statistics.css';

const t = texts.statistics.index;

type Item = Ranking['items'][number];

/** A score out of its maximum, with a thin bar under it. */
export function ScoreCell({
  score,
  points,
  strong = false,
}: {
  score: number;
  points: number;
  strong?: boolean;
}) {
  return (
    <span className="st-score">
      <span className={strong ? 'st-score-total' : undefined}>
        {formatScore(score)}
        <span className="st-score-max">{t.outOf(points)}</span>
      </span>
      <span className="st-bar" aria-hidden="true">
        <span className="st-bar-fill" style={{ width: `${barWidth(score, points)}%` }} />
      </span>
    </span>
  );
}

function RankingTable({ ranking, back }: { ranking: Ranking; back: string }) {
  const rules = rulesFor(ranking.rulesVersion, ranking.from);
  const window = { from: ranking.from, to: ranking.to };
  const columns: Column<Item>[] = [
    { key: 'rank', header: t.rank, className: 'st-col-rank', sort: 'ascending', cell: (item) => item.rank },
    {
      key: 'unit',
      header: t.unit,
      rowHeader: true,
      className: 'st-col-unit',
      cell: (item) => <Link to={unitIndexHref(item.unit.id, window, back)}>{item.unit.name}</Link>,
    },
    {
      key: 'total',
      header: t.total,
      className: 'st-col-score',
      cell: (item) => (
        <>
          <ScoreCell score={item.total} points={100} strong />
          {item.idle && <span className="muted st-idle">{t.idle}</span>}
        </>
      ),
    },
    ...groupColumns(rules).map((group): Column<Item> => ({
      key: group.key,
      header: group.label,
      className: 'st-col-group',
      cell: (item) => <ScoreCell score={item.groups[group.key] ?? 0} points={group.points} />,
    })),
  ];
  return (
    <DataTable
      caption={t.caption}
      columns={columns}
      rows={[...ranking.items].sort((a, b) => a.rank - b.rank)}
      rowKey={(item) => item.unit.id}
    />
  );
}

/**
 * The service-quality index of the units under a unit, ranked (bảng xếp hạng), for a quarter or any period; a
 * unit opens its own index.
 */
export function RankingPage({ units, unitsError }: ScopeUnits) {
  const user = useCurrentUser();
  const today = todayInVietnam();
  const fallback = currentQuarter(today);
  const { scope, params, apply, here } = useScope(fallback);
  const level = oneOf(UNIT_LEVELS, params.get('level'));
  const valid = isValidRange(scope);
  const ranking = useRanking({ ...scope, level }, valid);
  const data = ranking.data;

  const levelPicker = data && data.levels.length > 1 && (
    <SelectField
      label={texts.statistics.scope.level}
      className="st-level"
      value={level ?? data.level ?? ''}
      onChange={(event) => apply(scope, { level: oneOf(UNIT_LEVELS, event.target.value) })}
    >
      {data.levels.map((l: UnitLevel) => (
        <option key={l} value={l}>
          {unitLevelLabel(l)}
        </option>
      ))}
    </SelectField>
  );

  let body: ReactNode;
  if (!valid) body = <Alert tone="warning">{texts.statistics.scope.rangeInvalidAlert}</Alert>;
  else if (ranking.isPending) body = <LoadingState />;
  else if (ranking.isError)
    body = <ErrorState error={ranking.error} onRetry={() => void ranking.refetch()} />;
  else if (ranking.data.items.length === 0)
    body = <EmptyState title={ranking.data.levels.length === 0 ? t.noLevels : t.empty} />;
  else body = <RankingTable ranking={ranking.data} back={here} />;

  return (
    <>
      <ScopeHeader title={t.title} intro={t.intro} unitsError={unitsError} />
      <PeriodForm
        value={scope}
        today={today}
        units={units}
        ownUnit={user.unit}
        onApply={(next) => apply(next, { level: next.unitId === scope.unitId ? level : undefined })}
      />
      <section className="card card-flush" aria-labelledby="st-ranking-title">
        <ListToolbar
          titleId="st-ranking-title"
          title={t.rankingTitle}
          count={data ? texts.statistics.scope.window(formatDate(data.from), formatDate(data.to)) : undefined}
          loading={ranking.isPlaceholderData}
        >
          {levelPicker}
        </ListToolbar>
        {body}
        {data && (
          <div className="st-notes">
            <p>{t.rulesVersion(data.rulesVersion)}</p>
            <p>{t.fullPointsNote}</p>
          </div>
        )}
      </section>
    </>
  );
}
