import type { FeedbackStatistics } from '@motcua/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { BackLink } from '../../../components/back-link';
import { Button } from '../../../components/button';
import {
  ChartCard,
  columnFigures,
  type FigureColumn,
  type Figures,
} from '../../../components/charts/chart-card';
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
  type MonthRow,
  type UnitRow,
} from '../lib/statistics';
import { CategoryChart, MonthChart, StatusChart, UnitChart } from './statistics-charts';
import '../feedback.css';

const s = texts.feedback.statistics;
const number = (n: number) => n.toLocaleString('vi-VN');

type UnitFigures = Omit<UnitRow, 'unitId' | 'unitName'>;
type MonthFigures = Pick<MonthRow, 'received' | 'published'>;

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

const COUNT_COLUMNS: FigureColumn<CountRow>[] = [
  { label: s.count, value: (row) => number(row.count) },
  { label: s.share, value: (row) => formatRate(row.share) },
];

function countFigures(label: string, rows: CountRow[]): Figures {
  return columnFigures({
    label,
    columns: COUNT_COLUMNS,
    rows,
    rowKey: (row) => row.key,
    rowLabel: (row) => row.label,
  });
}

const UNIT_COLUMNS: FigureColumn<UnitFigures>[] = [
  { label: s.received, value: (unit) => number(unit.received) },
  { label: s.answered, value: (unit) => number(unit.answered) },
  { label: s.onTime, value: (unit) => number(unit.onTime) },
  { label: s.late, value: (unit) => number(unit.late) },
  { label: s.unitOnTimeRate, value: (unit) => formatRate(unit.onTimeRate) },
];

const MONTH_COLUMNS: FigureColumn<MonthFigures>[] = [
  { label: s.received, value: (month) => number(month.received) },
  { label: s.published, value: (month) => number(month.published) },
];

function Charts({ stats, range }: { stats: FeedbackStatistics; range: DateRange }) {
  const statuses = statusRows(stats);
  const categories = categoryRows(stats);
  const units = unitRows(stats);
  const months = monthRows(stats, range);
  const monthTotals = months.reduce(
    (sum, m) => ({ received: sum.received + m.received, published: sum.published + m.published }),
    { received: 0, published: 0 },
  );
  return (
    <div className="chart-grid">
      <ChartCard
        id="fb-by-status"
        title={s.byStatus}
        chart={<StatusChart rows={statuses} />}
        figures={countFigures(s.status, statuses)}
      />
      <ChartCard
        id="fb-by-category"
        title={s.byCategory}
        chart={<CategoryChart rows={categories} />}
        figures={countFigures(s.category, categories)}
      />
      <ChartCard
        id="fb-by-unit"
        title={s.byUnit}
        wide
        chart={units.length > 0 ? <UnitChart rows={units} /> : <p className="muted">{s.noUnits}</p>}
        figures={columnFigures({
          label: s.unit,
          columns: UNIT_COLUMNS,
          rows: units,
          rowKey: (unit) => unit.unitId,
          rowLabel: (unit) => unit.unitName,
          total: unitTotals(units),
        })}
      />
      <ChartCard
        id="fb-by-month"
        title={s.byMonth}
        wide
        chart={<MonthChart rows={months} />}
        figures={columnFigures({
          label: s.month,
          columns: MONTH_COLUMNS,
          rows: months,
          rowKey: (month) => month.month,
          rowLabel: (month) => month.label,
          total: monthTotals,
        })}
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
      <BackLink to="/feedback">{s.back}</BackLink>
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
