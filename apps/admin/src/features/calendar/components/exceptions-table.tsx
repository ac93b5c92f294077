import type { CalendarDay } from '@motcua/shared';
import { Badge } from '../../../components/badge';
import { DataTable, type Column } from '../../../components/data-table';
import { texts } from '../../../config/i18n';
import { formatDate } from '../../../lib/format';
import { weekdayOf } from '../lib/month-grid';

const t = texts.calendar;

const KIND_TONES = {
  holiday: 'danger',
  compensation: 'warning',
  swap: 'primary',
  makeup: 'success',
} as const;

export function ConfidenceBadge({ confidence }: { confidence: CalendarDay['confidence'] }) {
  if (confidence === 'confirmed') return <Badge tone="success">{t.confidence.confirmed}</Badge>;
  if (confidence === 'secondary') return <Badge tone="neutral">{t.confidence.secondary}</Badge>;
  return <Badge tone="warning">{t.confidence.unconfirmed}</Badge>;
}

/** The year's exceptions as a table, in date order. */
export function ExceptionsTable({ year, days }: { year: number; days: readonly CalendarDay[] }) {
  const columns: Column<CalendarDay>[] = [
    {
      key: 'date',
      header: t.exceptions.date,
      sort: 'ascending',
      className: 'col-date',
      cell: (d) => (
        <>
          <span className="cell-primary">{formatDate(d.date)}</span>
          <span className="cell-secondary">{t.weekdays[weekdayOf(d.date)]}</span>
        </>
      ),
    },
    {
      key: 'name',
      header: t.exceptions.name,
      rowHeader: true,
      cell: (d) => (
        <>
          <span className="cell-primary">{d.name}</span>
          {d.source && <span className="cell-secondary cal-source">{d.source}</span>}
        </>
      ),
    },
    {
      key: 'kind',
      header: t.exceptions.kind,
      cell: (d) => <Badge tone={KIND_TONES[d.kind]}>{t.kinds[d.kind]}</Badge>,
    },
    {
      key: 'confidence',
      header: t.exceptions.confidence,
      cell: (d) => <ConfidenceBadge confidence={d.confidence} />,
    },
  ];
  return (
    <DataTable
      caption={t.exceptions.caption(year)}
      columns={columns}
      rows={[...days].sort((a, b) => a.date.localeCompare(b.date))}
      rowKey={(d) => d.date}
      rowClassName={(d) => (d.confidence === 'unconfirmed' ? 'cal-row-unconfirmed' : undefined)}
    />
  );
}
