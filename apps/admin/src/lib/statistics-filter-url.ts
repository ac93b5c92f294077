import {
  CHANNELS,
  DATE_FIELDS,
  DOSSIER_STATES,
  ON_TIME_RESULTS,
  RATING_FILTERS,
  ProcedureCodeSchema,
  UuidSchema,
  type DossierState,
  type StatisticsFilter,
  type StatisticsFilterInput,
} from '@motcua/shared';
import { isIsoDate } from './format';
import { defineUrlFilters, oneOf } from './url-filters';

/** The drill-down list of dossiers. */
export const DRILL_PATH = '/statistics/dossiers';

/** The parameters a filter takes in the address, in the order it shows them. */
const FILTER_PARAMS = [
  'unitId',
  'receivingUnitId',
  'currentUnitId',
  'dateField',
  'from',
  'to',
  'states',
  'channel',
  'procedureCode',
  'field',
  'result',
  'overdue',
  'handlerId',
  'rating',
] as const;

/**
 * A filter as readable address parameters (`states=processing,reviewing&overdue=1`) rather than a JSON blob, so
 * the link can be read, bookmarked and edited by hand. The default date field is left out.
 */
export function filterToParams(filter: StatisticsFilterInput): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.unitId) params.set('unitId', filter.unitId);
  if (filter.receivingUnitId) params.set('receivingUnitId', filter.receivingUnitId);
  if (filter.currentUnitId) params.set('currentUnitId', filter.currentUnitId);
  if (filter.dateField && filter.dateField !== 'received') params.set('dateField', filter.dateField);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.states && filter.states.length > 0) params.set('states', filter.states.join(','));
  if (filter.channel) params.set('channel', filter.channel);
  if (filter.procedureCode) params.set('procedureCode', filter.procedureCode);
  if (filter.field) params.set('field', filter.field);
  if (filter.result) params.set('result', filter.result);
  if (filter.overdue !== undefined) params.set('overdue', filter.overdue ? '1' : '0');
  if (filter.handlerId) params.set('handlerId', filter.handlerId);
  if (filter.rating) params.set('rating', filter.rating);
  return params;
}

function uuid(value: string | null): string | undefined {
  return value !== null && UuidSchema.safeParse(value).success ? value : undefined;
}

function date(value: string | null): string | undefined {
  return value !== null && isIsoDate(value) ? value : undefined;
}

function states(value: string | null): DossierState[] | undefined {
  if (!value) return undefined;
  const known = [...new Set(value.split(',').flatMap((s) => oneOf(DOSSIER_STATES, s.trim()) ?? []))];
  return known.length > 0 ? known : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= 200 ? trimmed : undefined;
}

/**
 * The filter in the address. Each parameter is read on its own and one the API would refuse (hand-edited, stale)
 * is dropped rather than failing the whole request; a range that ends before it starts keeps only its start.
 */
export function paramsToFilter(params: URLSearchParams): StatisticsFilter {
  const procedureCode = params.get('procedureCode');
  const overdue = params.get('overdue');
  const filter: StatisticsFilter = {
    dateField: oneOf(DATE_FIELDS, params.get('dateField')) ?? 'received',
  };
  const values: Partial<StatisticsFilter> = {
    unitId: uuid(params.get('unitId')),
    receivingUnitId: uuid(params.get('receivingUnitId')),
    currentUnitId: uuid(params.get('currentUnitId')),
    from: date(params.get('from')),
    to: date(params.get('to')),
    states: states(params.get('states')),
    channel: oneOf(CHANNELS, params.get('channel')),
    procedureCode:
      procedureCode !== null && ProcedureCodeSchema.safeParse(procedureCode).success
        ? procedureCode
        : undefined,
    field: text(params.get('field')),
    result: oneOf(ON_TIME_RESULTS, params.get('result')),
    overdue: overdue === '1' ? true : overdue === '0' ? false : undefined,
    handlerId: uuid(params.get('handlerId')),
    rating: oneOf(RATING_FILTERS, params.get('rating')),
  };
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) Object.assign(filter, { [key]: value });
  }
  if (filter.from && filter.to && filter.from > filter.to) delete filter.to;
  return filter;
}

/** Whether a parameter belongs to the filter (the list's page and the way back do not). */
export function isFilterParam(name: string): boolean {
  return (FILTER_PARAMS as readonly string[]).includes(name);
}

/** Where "back" may lead: only a screen of this app, never another site. */
export function safeBack(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

/** The list of the dossiers behind a number, and the screen to come back to. */
export function drillHref(filter: StatisticsFilterInput, back?: string): string {
  const params = filterToParams(filter);
  if (back) params.set('back', back);
  return `${DRILL_PATH}?${params.toString()}`;
}

/** The drill-down list's address: the filter, the way back, the page. */
export const drillFilters = defineUrlFilters({
  read: (params) => ({ filter: paramsToFilter(params), back: params.get('back') ?? undefined }),
  write: ({ filter, back }) => ({ ...Object.fromEntries(filterToParams(filter)), back }),
});
