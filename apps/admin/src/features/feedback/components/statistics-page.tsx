import type { FeedbackStatistics } from '@motcua/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/field';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { describeError } from '../../../lib/api-error';
import { cx } from '../../../lib/cx';
import { formatDate, todayInVietnam } from '../../../lib/format';
import { useExportFeedbackStatistics } from '../api/export-feedback-statistics';
import { useFeedbackStatistics } from '../api/get-feedback-statistics';
import {
  categoryRows,
  defaultRange,
  formatRate,
  monthRows,
  rangeErrors,
  rangeToParams,
  readRange,
  satisfactionRate,
  statusRows,
  unitRows,
  unitTotals,
  type CountRow,
  type DateRange,
} from '../lib/statistics';
import { CategoryChart, MonthChart, StatusChart, UnitChart } from './statistics-charts';
import '../feedback.css';

const s = texts.feedback.statistics;
const number = (n: number) => n.toLocaleString('vi-VN');

/** The period asked for: two dates, applied together so that a half-typed date never fires a request. */
function RangeForm({
  range,
  today,
  onApply,
}: {
  range: DateRange;
  today: string;
  onApply: (r: DateRange) => void;
}) {
  const [draft, setDraft] = useState(range);
  const [shown, setShown] = useState(range);
  // Back/forward changes the address under the form: follow it.
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setDraft(range);
  }
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? rangeErrors(draft) : {};
  const fallback = defaultRange(today);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(rangeErrors(draft)).length === 0) onApply(draft);
  }

  return (
    <form className="card fb-range" aria-label={s.range} onSubmit={submit} noValidate>
      <TextField
        label={s.from}
        type="date"
        className="fb-range-date"
        value={draft.from}
        max={today}
        error={errors.from}
        onChange={(event) => setDraft({ ...draft, from: event.target.value })}
      />
      <TextField
        label={s.to}
        type="date"
        className="fb-range-date"
        value={draft.to}
        max={today}
        error={errors.to}
        onChange={(event) => setDraft({ ...draft, to: event.target.value })}
      />
      <div className="fb-range-buttons">
        <Button type="submit" variant="primary">
          {s.apply}
        </Button>
        {(range.from !== fallback.from || range.to !== fallback.to) && (
          <Button
            variant="ghost"
            onClick={() => {
              setSubmitted(false);
              setDraft(fallback);
              onApply(fallback);
            }}
          >
            {s.thisYear}
          </Button>
        )}
      </div>
    </form>
  );
}

function Headline({ stats }: { stats: FeedbackStatistics }) {
  const satisfaction = satisfactionRate(stats);
  return (
    <section aria-labelledby="fb-headline-title">
      <h2 id="fb-headline-title" className="sr-only">
        {s.headline}
      </h2>
      <div className="stats fb-stats">
        <div className="card stat">
          <p className="stat-label">{s.total}</p>
          <p className="stat-value">{number(stats.total)}</p>
          <p className="stat-hint">{s.totalHint(formatDate(stats.from), formatDate(stats.to))}</p>
        </div>
        <div className="card stat">
          <p className="stat-label">{s.onTimeRate}</p>
          <p className="stat-value">{formatRate(stats.onTimeRate)}</p>
          <p className="stat-hint">{stats.onTimeRate === null ? s.noRateHint : s.onTimeHint}</p>
        </div>
        <div className="card stat">
          <p className="stat-label">{s.satisfaction}</p>
          <p className="stat-value">{formatRate(satisfaction)}</p>
          <p className="stat-hint">
            {s.satisfactionHint(stats.satisfaction.likes, stats.satisfaction.dislikes)}
          </p>
        </div>
      </div>
    </section>
  );
}

/**
 * A chart and its figures. The figures are a real table, always read by screen readers; on screen it is shown on
 * demand under the chart, which is hidden from assistive technology.
 */
function ChartCard({
  id,
  title,
  chart,
  table,
  className,
}: {
  id: string;
  title: string;
  chart: ReactNode;
  table: (visible: boolean) => ReactNode;
  className?: string;
}) {
  const [showTable, setShowTable] = useState(false);
  return (
    <section className={cx('card fb-chart-card', className)} aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`} className="card-title">
          {title}
        </h2>
        <Button size="sm" variant="ghost" onClick={() => setShowTable(!showTable)}>
          {showTable ? s.hideTable : s.showTable}
        </Button>
      </div>
      <div className="fb-chart" aria-hidden="true">
        {chart}
      </div>
      <div className={showTable ? 'fb-chart-table' : 'sr-only'}>{table(showTable)}</div>
    </section>
  );
}

/** A table of figures; scrollable (and so focusable) only when it is shown on screen. */
function FigureTable({
  caption,
  visible,
  head,
  children,
  foot,
}: {
  caption: string;
  visible: boolean;
  head: ReactNode;
  children: ReactNode;
  foot?: ReactNode;
}) {
  const table = (
    <table className="table fb-figures">
      <caption className="sr-only">{caption}</caption>
      <thead>{head}</thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
  if (!visible) return table;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}

function CountTable({
  caption,
  label,
  rows,
  visible,
}: {
  caption: string;
  label: string;
  rows: CountRow[];
  visible: boolean;
}) {
  return (
    <FigureTable
      caption={caption}
      visible={visible}
      head={
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="num">
            {s.count}
          </th>
          <th scope="col" className="num">
            {s.share}
          </th>
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          <td className="num">{number(row.count)}</td>
          <td className="num">{formatRate(row.share)}</td>
        </tr>
      ))}
    </FigureTable>
  );
}

function Charts({ stats, range }: { stats: FeedbackStatistics; range: DateRange }) {
  const statuses = statusRows(stats);
  const categories = categoryRows(stats);
  const units = unitRows(stats);
  const totals = unitTotals(units);
  const months = monthRows(stats, range);
  const monthTotals = months.reduce(
    (sum, m) => ({ received: sum.received + m.received, published: sum.published + m.published }),
    { received: 0, published: 0 },
  );
  return (
    <div className="fb-charts">
      <ChartCard
        id="fb-by-status"
        title={s.byStatus}
        chart={<StatusChart rows={statuses} />}
        table={(visible) => (
          <CountTable caption={s.byStatus} label={s.status} rows={statuses} visible={visible} />
        )}
      />
      <ChartCard
        id="fb-by-category"
        title={s.byCategory}
        chart={<CategoryChart rows={categories} />}
        table={(visible) => (
          <CountTable caption={s.byCategory} label={s.category} rows={categories} visible={visible} />
        )}
      />
      <ChartCard
        id="fb-by-unit"
        title={s.byUnit}
        className="is-wide"
        chart={units.length > 0 ? <UnitChart rows={units} /> : <p className="muted">{s.noUnits}</p>}
        table={(visible) => (
          <FigureTable
            caption={s.byUnit}
            visible={visible}
            head={
              <tr>
                <th scope="col">{s.unit}</th>
                <th scope="col" className="num">
                  {s.received}
                </th>
                <th scope="col" className="num">
                  {s.answered}
                </th>
                <th scope="col" className="num">
                  {s.onTime}
                </th>
                <th scope="col" className="num">
                  {s.late}
                </th>
                <th scope="col" className="num">
                  {s.unitOnTimeRate}
                </th>
              </tr>
            }
            foot={
              <tr>
                <th scope="row">{s.totalRow}</th>
                <td className="num">{number(totals.received)}</td>
                <td className="num">{number(totals.answered)}</td>
                <td className="num">{number(totals.onTime)}</td>
                <td className="num">{number(totals.late)}</td>
                <td className="num">{formatRate(totals.onTimeRate)}</td>
              </tr>
            }
          >
            {units.map((unit) => (
              <tr key={unit.unitId}>
                <th scope="row">{unit.unitName}</th>
                <td className="num">{number(unit.received)}</td>
                <td className="num">{number(unit.answered)}</td>
                <td className="num">{number(unit.onTime)}</td>
                <td className="num">{number(unit.late)}</td>
                <td className="num">{formatRate(unit.onTimeRate)}</td>
              </tr>
            ))}
          </FigureTable>
        )}
      />
      <ChartCard
        id="fb-by-month"
        title={s.byMonth}
        className="is-wide"
        chart={<MonthChart rows={months} />}
        table={(visible) => (
          <FigureTable
            caption={s.byMonth}
            visible={visible}
            head={
              <tr>
                <th scope="col">{s.month}</th>
                <th scope="col" className="num">
                  {s.received}
                </th>
                <th scope="col" className="num">
                  {s.published}
                </th>
              </tr>
            }
            foot={
              <tr>
                <th scope="row">{s.totalRow}</th>
                <td className="num">{number(monthTotals.received)}</td>
                <td className="num">{number(monthTotals.published)}</td>
              </tr>
            }
          >
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.label}</th>
                <td className="num">{number(m.received)}</td>
                <td className="num">{number(m.published)}</td>
              </tr>
            ))}
          </FigureTable>
        )}
      />
    </div>
  );
}

function ExportExcelButton({ range, disabled }: { range: DateRange; disabled: boolean }) {
  const toast = useToast();
  const exporter = useExportFeedbackStatistics();
  const problem = exporter.isError ? describeError(exporter.error) : null;
  return (
    <div className="fb-export">
      <Button
        busy={exporter.isPending}
        disabled={disabled}
        onClick={() => exporter.mutate(range, { onSuccess: (name) => toast.notify(s.exported(name)) })}
      >
        {exporter.isPending ? s.exporting : s.exportExcel}
      </Button>
      {problem && (
        <Alert tone="danger">
          {s.exportFailed}: {problem.detail ?? problem.title}
        </Alert>
      )}
    </div>
  );
}

/**
 * Figures for leaders over a period (by default this year so far): totals, the on-time and satisfaction rates, and
 * charts by status, category, unit and month, each with its table of figures; the same as an Excel workbook.
 */
export function StatisticsPage() {
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const range = readRange(params, today);
  const invalid = Object.keys(rangeErrors(range)).length > 0;
  const stats = useFeedbackStatistics(range, !invalid);

  let body: ReactNode;
  if (invalid) body = <Alert tone="warning">{s.rangeInvalid}</Alert>;
  else if (stats.isPending) body = <LoadingState />;
  else if (stats.isError) body = <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />;
  else if (stats.data.total === 0)
    body = (
      <section className="card">
        <EmptyState title={s.empty} />
      </section>
    );
  else
    body = (
      <div
        className={cx(stats.isPlaceholderData && 'fb-stale')}
        aria-busy={stats.isPlaceholderData || undefined}
      >
        <Headline stats={stats.data} />
        <Charts stats={stats.data} range={range} />
      </div>
    );

  return (
    <>
      <Link to="/feedback" className="fb-back">
        <span aria-hidden="true">←</span> {s.back}
      </Link>
      <PageHeader
        title={s.title}
        intro={s.intro}
        actions={<ExportExcelButton range={range} disabled={invalid} />}
      />
      <RangeForm
        range={range}
        today={today}
        onApply={(next) => setParams(rangeToParams(next, today), { replace: true })}
      />
      {body}
    </>
  );
}
