import {
  COUNTRYSIDE_CONDITIONS,
  COUNTRYSIDE_LABELS,
  COUNTRYSIDE_RULES,
  type Countryside,
} from '@motcua/shared';
import type { ReactNode } from 'react';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Checkbox } from '../../../components/field';
import { ListToolbar } from '../../../components/list-toolbar';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDate, todayInVietnam } from '../../../lib/format';
import { useCurrentUser } from '../../../lib/session';
import { useCountryside } from '../api/get-countryside';
import { communeRows, metCount, type CommuneRow } from '../lib/countryside';
import { isValidRange, yearToDate } from '../lib/period';
import { ScopeForm } from './scope-form';
import { useScope } from './use-scope';
import { ScopeHeader, type ScopeUnits } from './scope-header';
import '../statistics.css';

const c = texts.statistics.countryside;

function Mark({ met }: { met: boolean }) {
  return (
    <span className={cx('st-mark', met ? 'is-met' : 'is-unmet')} aria-hidden="true">
      {met ? '✓' : '✕'}
    </span>
  );
}

function CommuneTable({ rows }: { rows: CommuneRow[] }) {
  return (
    <div className="table-wrap" role="region" aria-label={c.caption} tabIndex={0}>
      <table className="table st-countryside">
        <caption className="sr-only">{c.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.commune}</th>
            <th scope="col">{c.overall}</th>
            {COUNTRYSIDE_CONDITIONS.map((key) => (
              <th key={key} scope="col" title={COUNTRYSIDE_LABELS[key]}>
                {c.short[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unit.id} className={cx(!row.met && 'st-row-unmet')}>
              <th scope="row" className="st-col-commune">
                {row.unit.name}
              </th>
              <td>
                <Badge tone={row.met ? 'success' : 'danger'}>{row.met ? c.met : c.notMet}</Badge>
              </td>
              {COUNTRYSIDE_CONDITIONS.map((key) => {
                const condition = row.conditions.find((x) => x.key === key);
                if (!condition) return <td key={key}>{texts.statistics.noValue}</td>;
                return (
                  <td key={key} className="st-condition">
                    <span className="st-condition-head">
                      <Mark met={condition.met} />
                      <span className={condition.met ? 'st-met-text' : 'st-unmet-text'}>
                        {condition.met ? c.met : c.notMet}
                      </span>
                    </span>
                    <span className="st-evidence">{condition.evidence}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Conditions({ countryside }: { countryside: Countryside }) {
  return (
    <section className="card st-conditions" aria-labelledby="st-conditions-title">
      <h2 id="st-conditions-title" className="card-title">
        {c.conditionsTitle}
      </h2>
      <dl className="st-condition-list">
        {COUNTRYSIDE_CONDITIONS.map((key) => (
          <div key={key}>
            <dt>{c.short[key]}</dt>
            <dd>{COUNTRYSIDE_LABELS[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted st-rules">{c.rulesVersion(countryside.rulesVersion, COUNTRYSIDE_RULES.source)}</p>
    </section>
  );
}

/**
 * The new-countryside criterion on public administration, commune by commune: each condition met or not with the
 * figures that decide it, over a period (this year so far by default).
 */
export function CountrysidePage({ units, unitsError }: ScopeUnits) {
  const user = useCurrentUser();
  const today = todayInVietnam();
  const fallback = yearToDate(today);
  const { scope, params, apply } = useScope(fallback);
  const onlyUnmet = params.get('unmet') === '1';
  const valid = isValidRange(scope);
  const query = useCountryside(scope, valid);
  const data = query.data;

  let body: ReactNode;
  if (!valid) body = <Alert tone="warning">{texts.statistics.scope.rangeInvalidAlert}</Alert>;
  else if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <EmptyState title={c.empty} />;
  else {
    const rows = communeRows(query.data, onlyUnmet);
    body = rows.length === 0 ? <EmptyState title={c.emptyUnmet} /> : <CommuneTable rows={rows} />;
  }

  return (
    <>
      <ScopeHeader title={c.title} intro={c.intro} unitsError={unitsError} />
      <ScopeForm
        units={units}
        ownUnit={user.unit}
        value={scope}
        fallback={fallback}
        today={today}
        onApply={(next) => apply(next, { unmet: onlyUnmet ? '1' : undefined })}
      />
      <section
        className={cx('card card-flush', query.isPlaceholderData && 'st-stale')}
        aria-labelledby="st-countryside-title"
        aria-busy={query.isPlaceholderData || undefined}
      >
        <ListToolbar
          titleId="st-countryside-title"
          title={c.listTitle}
          count={
            data
              ? `${c.summary(metCount(data), data.items.length)} · ${texts.statistics.scope.window(formatDate(data.from), formatDate(data.to))}`
              : undefined
          }
          loading={query.isPlaceholderData}
        >
          <Checkbox
            label={c.onlyUnmet}
            checked={onlyUnmet}
            onChange={(event) => apply(scope, { unmet: event.target.checked ? '1' : undefined })}
          />
        </ListToolbar>
        {body}
      </section>
      {data && <Conditions countryside={data} />}
    </>
  );
}
