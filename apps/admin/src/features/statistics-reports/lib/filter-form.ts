import {
  DOSSIER_STATES,
  type Channel,
  type DateField,
  type DossierState,
  type OnTimeResult,
  type StatisticsFilter,
  type StatisticsFilterInput,
} from '@motcua/shared';
import { filterToParams, paramsToFilter } from '../../../lib/statistics-filter-url';

/**
 * The filter as the form's inputs hold it: an empty text box is '', an unchosen select is ''. Both report
 * screens edit this shape; `filterFromForm` turns it into what the API takes.
 */
export type FilterForm = {
  unitId: string;
  /** Exactly this receiving or holding unit: kept from a drill-down or a saved filter, not edited here. */
  receivingUnitId: string;
  currentUnitId: string;
  dateField: DateField;
  from: string;
  to: string;
  states: DossierState[];
  channel: Channel | '';
  procedureCode: string;
  field: string;
  result: OnTimeResult | '';
  overdue: boolean;
  handlerId: string;
};

export const EMPTY_FILTER_FORM: FilterForm = {
  unitId: '',
  receivingUnitId: '',
  currentUnitId: '',
  dateField: 'received',
  from: '',
  to: '',
  states: [],
  channel: '',
  procedureCode: '',
  field: '',
  result: '',
  overdue: false,
  handlerId: '',
};

function blank(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** What the API takes: blanks left out, the states in the contract's order. */
export function filterFromForm(form: FilterForm): StatisticsFilterInput {
  const filter: StatisticsFilterInput = { dateField: form.dateField };
  const unitId = blank(form.unitId);
  if (unitId) filter.unitId = unitId;
  const receivingUnitId = blank(form.receivingUnitId);
  if (receivingUnitId) filter.receivingUnitId = receivingUnitId;
  const currentUnitId = blank(form.currentUnitId);
  if (currentUnitId) filter.currentUnitId = currentUnitId;
  const from = blank(form.from);
  if (from) filter.from = from;
  const to = blank(form.to);
  if (to) filter.to = to;
  if (form.states.length > 0) filter.states = DOSSIER_STATES.filter((s) => form.states.includes(s));
  if (form.channel) filter.channel = form.channel;
  const procedureCode = blank(form.procedureCode);
  if (procedureCode) filter.procedureCode = procedureCode;
  const field = blank(form.field);
  if (field) filter.field = field;
  if (form.result) filter.result = form.result;
  if (form.overdue) filter.overdue = true;
  const handlerId = blank(form.handlerId);
  if (handlerId) filter.handlerId = handlerId;
  return filter;
}

/** A filter (saved, or a row's drill-down) back into the form's inputs. */
export function formFromFilter(filter: StatisticsFilterInput | StatisticsFilter): FilterForm {
  return {
    unitId: filter.unitId ?? '',
    receivingUnitId: filter.receivingUnitId ?? '',
    currentUnitId: filter.currentUnitId ?? '',
    dateField: filter.dateField ?? 'received',
    from: filter.from ?? '',
    to: filter.to ?? '',
    states: [...(filter.states ?? [])],
    channel: filter.channel ?? '',
    procedureCode: filter.procedureCode ?? '',
    field: filter.field ?? '',
    result: filter.result ?? '',
    overdue: filter.overdue ?? false,
    handlerId: filter.handlerId ?? '',
  };
}

/**
 * The filter from the address bar, read as the statistics screens read their drill-down links
 * (lib/statistics-filter-url.ts), so a link reads the same everywhere. Anything hand-edited or stale is dropped
 * rather than sent to be refused: an unknown state, a malformed date or code.
 */
export function readFilterParams(params: URLSearchParams): FilterForm {
  const form = formFromFilter(paramsToFilter(params));
  return { ...form, states: DOSSIER_STATES.filter((s) => form.states.includes(s)) };
}

/** The address's parameters for a filter, in the statistics screens' encoding; the defaults and blanks are left out. */
export function writeFilterParams(form: FilterForm): Record<string, string | undefined> {
  return Object.fromEntries(filterToParams(filterFromForm(form)));
}

/** A yearly summary covers the calendar year. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The years a yearly summary offers: this one and the nine before it. */
export function recentYears(today: string, count = 10): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => current - i);
}
