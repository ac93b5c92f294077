import {
  STANDARD_REPORTS,
  STANDARD_REPORT_INFO,
  type StandardReport,
  type StandardReportRun,
} from '@motcua/shared';
import { defineUrlFilters, oneOf } from '../../../lib/url-filters';
import {
  filterFromForm,
  readFilterParams,
  writeFilterParams,
  yearRange,
  type FilterForm,
} from './filter-form';

/** The groupings a list report offers (the contract's `StandardReportRunSchema.groupBy`). */
export const STANDARD_GROUP_BYS = ['receiving_unit', 'procedure', 'field'] as const;
export type StandardGroupBy = (typeof STANDARD_GROUP_BYS)[number];

/** The standard reports in two groups, in the contract's order: dossier lists, then summaries. */
export function reportGroups(): { kind: 'list' | 'summary'; reports: StandardReport[] }[] {
  return (['list', 'summary'] as const).map((kind) => ({
    kind,
    reports: STANDARD_REPORTS.filter((r) => STANDARD_REPORT_INFO[r].kind === kind),
  }));
}

export type StandardQuery = {
  report: StandardReport | undefined;
  filter: FilterForm;
  groupBy: StandardGroupBy | '';
  /** A yearly summary's year; blank means the current year. */
  year: string;
};

function readYear(value: string | null): string {
  if (value === null || !/^\d{4}$/.test(value)) return '';
  const n = Number(value);
  return n >= 2000 && n <= 2100 ? value : '';
}

/** The chosen report, its filters and the page, in the address bar so a report can be bookmarked and shared. */
export const standardQuery = defineUrlFilters<StandardQuery>({
  read: (params) => ({
    report: oneOf(STANDARD_REPORTS, params.get('report')),
    filter: readFilterParams(params),
    groupBy: oneOf(STANDARD_GROUP_BYS, params.get('group')) ?? '',
    year: readYear(params.get('year')),
  }),
  write: (query) => ({
    report: query.report,
    ...writeFilterParams(query.filter),
    group: query.groupBy || undefined,
    year: query.year || undefined,
  }),
});

/**
 * The request body for a report: a yearly summary takes the whole chosen year; grouping is for list reports
 * only; the criteria a standard report does not offer (result, overdue, handler) are not sent.
 */
export function standardRun(
  report: StandardReport,
  query: Pick<StandardQuery, 'filter' | 'groupBy' | 'year'>,
  today: string,
): Required<Pick<StandardReportRun, 'filter' | 'groupBy'>> {
  const info = STANDARD_REPORT_INFO[report];
  const { result: _result, overdue: _overdue, handlerId: _handler, ...filter } = filterFromForm(query.filter);
  if (info.kind === 'summary') delete filter.states;
  if (info.yearly) {
    const { from, to } = yearRange(Number(query.year || today.slice(0, 4)));
    filter.from = from;
    filter.to = to;
  }
  return { filter, groupBy: info.kind === 'list' && query.groupBy ? query.groupBy : null };
}
