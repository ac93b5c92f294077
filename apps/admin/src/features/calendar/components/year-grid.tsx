import type { CalendarDay } from '@motcua/shared';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDate } from '../../../lib/format';
import { WEEKDAY_ORDER, dayStatus, monthGrid, weekdayOf } from '../lib/month-grid';

const t = texts.calendar;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The year as twelve month tables. Colour is never the only sign: a day off carries its name in words for
 * screen readers and a tooltip, a make-up Saturday a mark, an unconfirmed day a dashed outline and "?".
 */
export function YearGrid({
  year,
  days,
  today,
}: {
  year: number;
  days: readonly CalendarDay[];
  today: string;
}) {
  const exceptions = new Map(days.map((d) => [d.date, d]));
  return (
    <div className="cal-year">
      <Legend />
      <div className="cal-months">
        {MONTHS.map((month) => (
          <MonthTable key={month} year={year} month={month} exceptions={exceptions} today={today} />
        ))}
      </div>
    </div>
  );
}

function MonthTable({
  year,
  month,
  exceptions,
  today,
}: {
  year: number;
  month: number;
  exceptions: ReadonlyMap<string, CalendarDay>;
  today: string;
}) {
  const name = t.months[month - 1] ?? String(month);
  return (
    <table className="cal-month">
      <caption className="cal-month-caption">
        {name}
        <span className="sr-only"> {t.ofYear(year)}</span>
      </caption>
      <thead>
        <tr>
          {WEEKDAY_ORDER.map((weekday) => (
            <th
              key={weekday}
              scope="col"
              className={cx(weekday === 0 || weekday === 6 ? 'cal-weekend-head' : undefined)}
            >
              <abbr title={t.weekdays[weekday]}>{t.weekdaysShort[weekday]}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(year, month).map((week, index) => (
          <tr key={index}>
            {week.map((date, column) =>
              date ? (
                <DayCell key={date} date={date} exceptions={exceptions} today={today} />
              ) : (
                <td key={`pad-${column}`} className="cal-pad" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({
  date,
  exceptions,
  today,
}: {
  date: string;
  exceptions: ReadonlyMap<string, CalendarDay>;
  today: string;
}) {
  const status = dayStatus(date, exceptions);
  const weekday = t.weekdays[weekdayOf(date)] ?? '';
  const entry = 'entry' in status ? status.entry : undefined;
  const doubtful = entry !== undefined && entry.confidence !== 'confirmed';
  const label = [
    t.dayLabel(formatDate(date), weekday),
    entry && t.dayDetail(entry.name, t.kinds[entry.kind]),
    entry && entry.confidence !== 'confirmed' && t.confidence[entry.confidence],
    date === today && t.today,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <td
      className={cx(
        'cal-day',
        `cal-${status.kind}`,
        entry?.confidence === 'unconfirmed' && 'cal-unconfirmed',
        entry?.confidence === 'secondary' && 'cal-secondary',
        date === today && 'cal-today',
      )}
      title={
        entry
          ? `${entry.name} — ${t.kinds[entry.kind]}${doubtful ? ` (${t.confidence[entry.confidence]})` : ''}`
          : undefined
      }
      data-date={date}
    >
      <span aria-hidden="true" className="cal-day-number">
        {Number(date.slice(8, 10))}
        {entry?.confidence === 'unconfirmed' && <span className="cal-day-flag">?</span>}
      </span>
      <span className="sr-only">{label}</span>
    </td>
  );
}

function Legend() {
  const items = [
    { key: 'holiday', label: t.kinds.holiday },
    { key: 'compensation', label: t.kinds.compensation },
    { key: 'swap', label: t.kinds.swap },
    { key: 'makeup', label: t.kinds.makeup },
    { key: 'weekend', label: t.weekend },
  ];
  return (
    <div className="cal-legend">
      <h3 className="sr-only">{t.legend}</h3>
      <ul className="cal-legend-list">
        {items.map((item) => (
          <li key={item.key}>
            <span className={cx('cal-swatch', `cal-${item.key}`)} aria-hidden="true" />
            {item.label}
          </li>
        ))}
        <li>
          <span className="cal-swatch cal-holiday cal-unconfirmed" aria-hidden="true">
            ?
          </span>
          {t.unconfirmedMark}
        </li>
        <li>
          <span className="cal-swatch cal-makeup cal-secondary" aria-hidden="true" />
          {t.secondaryMark}
        </li>
        <li>
          <span className="cal-swatch cal-today" aria-hidden="true" />
          {t.today}
        </li>
      </ul>
    </div>
  );
}
