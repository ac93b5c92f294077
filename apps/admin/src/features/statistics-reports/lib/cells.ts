import type { Cell, CellKind } from '@motcua/shared';
import { locale, texts } from '../../../config/i18n';
import { formatDate, formatDateTime } from '../../../lib/format';

const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });

/**
 * A cell as Vietnamese readers write it: 1.234.567 for numbers, 85,3% for a share (the API sends shares as
 * fractions of 1), dd/mm/yyyy for dates, Vietnam local time for instants, Có/Không for yes and no. An empty cell
 * is a dash, so that a blank is never read as zero.
 */
export function formatCell(value: Cell | undefined, kind: CellKind): string {
  if (value === null || value === undefined || value === '') return texts.common.none;
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? numberFormat.format(value) : String(value);
    case 'percent':
      return typeof value === 'number' ? percentFormat.format(value) : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value.slice(0, 10)) : String(value);
    case 'datetime':
      return typeof value === 'string' ? formatDateTime(value) : String(value);
    case 'boolean':
      if (typeof value === 'boolean') return value ? texts.common.yes : texts.common.no;
      return String(value);
    case 'text':
      return typeof value === 'number' ? numberFormat.format(value) : String(value);
  }
}

/** Numbers and shares line up on the right. */
export function isNumericKind(kind: CellKind): boolean {
  return kind === 'number' || kind === 'percent';
}
