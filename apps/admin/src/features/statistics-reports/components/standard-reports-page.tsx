import { zodResolver } from '@hookform/resolvers/zod';
import {
  STANDARD_REPORT_INFO,
  StatisticsFilterSchema,
  type StandardReport,
  type StatisticsFilter,
  type StatisticsTable,
} from '@motcua/shared';
import { useId, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { ListToolbar } from '../../../components/list-toolbar';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { preparedResolver } from '../../../lib/form-resolver';
import { todayInVietnam } from '../../../lib/format';
import type { Paging } from '../../../lib/url-filters';
import { useUrlFilters } from '../../../lib/use-url-filters';
import { useStandardReport } from '../api/run-standard-report';
import { EMPTY_FILTER_FORM, filterFromForm, recentYears, writeFilterParams } from '../lib/filter-form';
import {
  reportGroups,
  STANDARD_GROUP_BYS,
  standardQuery,
  standardRun,
  type StandardQuery,
} from '../lib/standard-query';
import { ExportControls } from './export-controls';
import { ExportsList } from './exports-list';
import { FilterFields } from './filter-fields';
import { StatisticsTableView } from './statistics-table';
import '../statistics-reports.css';

const s = texts.statisticsReports.standard;
const f = texts.statisticsReports.filter;

type FiltersForm = Pick<StandardQuery, 'filter' | 'groupBy' | 'year'>;

const resolver = preparedResolver(
  zodResolver(z.object({ filter: StatisticsFilterSchema })),
  (v: FiltersForm) => ({
    filter: filterFromForm(v.filter),
  }),
);

/** The reports in their two groups, each a link that keeps the filters and opens the first page. */
function ReportNav({ query }: { query: StandardQuery & Paging }) {
  return (
    <nav className="card sr-report-nav" aria-label={s.listLabel}>
      {reportGroups().map((group) => (
        <div key={group.kind} className="sr-report-group">
          <h2 className="sr-report-group-title">{s.groups[group.kind]}</h2>
          <ul>
            {group.reports.map((report) => {
              const params = standardQuery.toParams({ ...query, report, page: 1 });
              const info = STANDARD_REPORT_INFO[report];
              return (
                <li key={report}>
                  <Link
                    className="sr-report-link"
                    to={`?${params.toString()}`}
                    aria-current={query.report === report ? 'page' : undefined}
                  >
                    {info.title}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}

/** The filters of the chosen report, applied together (Enter or the button) so that typing fires nothing. */
function FiltersCard({
  report,
  query,
  today,
  onApply,
}: {
  report: StandardReport;
  query: FiltersForm;
  today: string;
  onApply: (values: FiltersForm) => void;
}) {
  const info = STANDARD_REPORT_INFO[report];
  const form = useForm<FiltersForm, unknown, { filter: StatisticsFilter }>({
    resolver,
    defaultValues: { filter: query.filter, groupBy: query.groupBy, year: query.year },
  });
  const errors = form.formState.errors;
  const filtered =
    Object.values(writeFilterParams(query.filter)).some(Boolean) || query.groupBy !== '' || query.year !== '';
  return (
    <FormProvider {...form}>
      <form
        className="card sr-filter-card"
        aria-label={f.legend}
        noValidate
        onSubmit={(event) => void form.handleSubmit(() => onApply(form.getValues()))(event)}
      >
        <FilterFields
          errors={errors.filter}
          states={info.kind === 'list'}
          years={info.yearly ? recentYears(today) : undefined}
        />
        {info.kind === 'list' && (
          <SelectField label={f.groupBy} className="sr-filter-group" {...form.register('groupBy')}>
            <option value="">{f.groupNone}</option>
            {STANDARD_GROUP_BYS.map((group) => (
              <option key={group} value={group}>
                {texts.statisticsReports.groupBys[group]}
              </option>
            ))}
          </SelectField>
        )}
        <div className="sr-inline-actions sr-filter-actions">
          <Button type="submit" variant="primary">
            {f.apply}
          </Button>
          {filtered && (
            <Button
              variant="ghost"
              onClick={() => onApply({ filter: EMPTY_FILTER_FORM, groupBy: '', year: '' })}
            >
              {f.reset}
            </Button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}

function ReportView({
  report,
  query,
  today,
  update,
}: {
  report: StandardReport;
  query: StandardQuery & { page: number; pageSize: number };
  today: string;
  update: (change: Partial<StandardQuery & { page: number; pageSize: number }>) => void;
}) {
  const titleId = useId();
  const info = STANDARD_REPORT_INFO[report];
  const run = standardRun(report, query, today);
  const result = useStandardReport(report, { ...run, page: query.page, pageSize: query.pageSize });
  const table: StatisticsTable | undefined = result.data;
  const title = table?.title ?? info.title;
  // The form starts again from the address whenever it changes (Back, another report, a reset).
  const formKey = `${report}|${standardQuery.toParams({ ...query, page: 1 }).toString()}`;

  let body: ReactNode;
  if (result.isPending) body = <LoadingState />;
  else if (result.isError) body = <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  else
    body = (
      <StatisticsTableView
        table={result.data}
        caption={title}
        busy={result.isPlaceholderData}
        onPageChange={(page) => update({ page })}
        onPageSizeChange={(pageSize) => update({ pageSize })}
      />
    );

  return (
    <>
      <FiltersCard
        key={formKey}
        report={report}
        query={query}
        today={today}
        onApply={(values) => update(values)}
      />
      <section className="card" aria-labelledby={titleId}>
        <ListToolbar
          titleId={titleId}
          title={title}
          count={table ? texts.statisticsReports.table.rows(table.total) : undefined}
          loading={result.isFetching}
        />
        <ExportControls
          source={{ kind: 'standard', report, filter: run.filter, groupBy: run.groupBy }}
          totalRows={result.isPlaceholderData ? undefined : table?.total}
        />
        {body}
      </section>
    </>
  );
}

/**
 * The 16 standard one-stop reports: choose one, narrow it (unit, dates or year, states, channel, procedure,
 * field, grouping), read it page by page with its totals, open a dossier or the dossiers behind a row, and export
 * it to Excel or PDF in the background. Everything chosen lives in the address.
 */
export function StandardReportsPage() {
  const { filters: query, update } = useUrlFilters(standardQuery);
  const today = todayInVietnam();
  return (
    <>
      <PageHeader title={s.title} intro={s.intro} />
      <div className="sr-layout">
        <ReportNav query={query} />
        <div className="sr-main">
          {query.report ? (
            <ReportView report={query.report} query={query} today={today} update={update} />
          ) : (
            <section className="card">
              <EmptyState title={s.choose}>
                <p className="muted">{s.chooseHint}</p>
              </EmptyState>
            </section>
          )}
        </div>
      </div>
      <ExportsList />
    </>
  );
}
