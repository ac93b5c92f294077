import {
  CHANNEL_LABELS,
  CRITERION_INFO,
  DATE_FIELD_LABELS,
  DOSSIER_STATE_LABELS,
  ON_TIME_LABELS,
  RATING_FILTER_LABELS,
  type StatisticsFilter,
} from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';

/** One condition of a filter as the officer reads it: "Trạng thái: Đang xử lý, Chờ ký duyệt". */
export type FilterChip = { key: string; label: string; value: string };

/**
 * The active filter as chips with the contract's Vietnamese labels. The unit is named from the units the officer
 * can see (`unitName`); without a unit the scope is the officer's own unit.
 */
export function filterChips(
  filter: StatisticsFilter,
  unitName: (id: string) => string | undefined,
): FilterChip[] {
  const t = texts.statistics.chips;
  const chips: FilterChip[] = [
    {
      key: 'unit',
      label: t.unit,
      value: filter.unitId ? (unitName(filter.unitId) ?? t.otherUnit) : t.ownUnit,
    },
  ];
  if (filter.receivingUnitId)
    chips.push({
      key: 'receivingUnit',
      label: CRITERION_INFO.receiving_unit.label,
      value: unitName(filter.receivingUnitId) ?? t.otherUnit,
    });
  if (filter.currentUnitId)
    chips.push({
      key: 'currentUnit',
      label: CRITERION_INFO.current_unit.label,
      value: unitName(filter.currentUnitId) ?? t.otherUnit,
    });
  if (filter.from || filter.to) {
    const from = filter.from && formatDate(filter.from);
    const to = filter.to && formatDate(filter.to);
    chips.push({
      key: 'dates',
      label: DATE_FIELD_LABELS[filter.dateField],
      value: from && to ? t.range(from, to) : from ? t.since(from) : t.until(to ?? ''),
    });
  }
  if (filter.states && filter.states.length > 0)
    chips.push({
      key: 'states',
      label: t.states,
      value: filter.states.map((s) => DOSSIER_STATE_LABELS[s]).join(', '),
    });
  if (filter.channel) chips.push({ key: 'channel', label: t.channel, value: CHANNEL_LABELS[filter.channel] });
  if (filter.procedureCode) chips.push({ key: 'procedure', label: t.procedure, value: filter.procedureCode });
  if (filter.field) chips.push({ key: 'field', label: t.field, value: filter.field });
  if (filter.result) chips.push({ key: 'result', label: t.result, value: ON_TIME_LABELS[filter.result] });
  if (filter.overdue !== undefined)
    chips.push({ key: 'overdue', label: t.overdue, value: filter.overdue ? t.overdueValue : t.notOverdue });
  if (filter.handlerId) chips.push({ key: 'handler', label: t.handler, value: t.handlerValue });
  if (filter.rating)
    chips.push({ key: 'rating', label: t.rating, value: RATING_FILTER_LABELS[filter.rating] });
  return chips;
}
