import {
  CHANNEL_LABELS,
  DOSSIER_STATE_LABELS,
  ON_TIME_LABELS,
  type Cell,
  type CellKind,
} from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formatPercent } from './figures';

/** Codes the server may send as they are, shown with the contract's Vietnamese labels. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  state: DOSSIER_STATE_LABELS,
  result: ON_TIME_LABELS,
  channel: CHANNEL_LABELS,
};

/** A report cell as text, by its column's kind; an empty cell is a dash. */
export function formatCell(key: string, kind: CellKind, value: Cell): string {
  if (value === null || value === '') return texts.statistics.noValue;
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value.toLocaleString('vi-VN') : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercent(value) : String(value);
    case 'boolean':
      return value === true ? texts.common.yes : value === false ? texts.common.no : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value.slice(0, 10)) : String(value);
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value) : String(value);
    case 'text': {
      const text = String(value);
      return VALUE_LABELS[key]?.[text] ?? text;
    }
  }
}
