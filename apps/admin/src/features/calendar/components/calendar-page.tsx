import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ChevronIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { todayInVietnam } from '../../../lib/format';
import { useCalendarYear } from '../api/get-calendar-year';
import { yearSummary } from '../lib/month-grid';
import { DueDateCalculator } from './due-date-calculator';
import { ExceptionsEditor } from './exceptions-editor';
import { ExceptionsTable } from './exceptions-table';
import { YearGrid } from './year-grid';
import './calendar.css';

const t = texts.calendar;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function yearFrom(params: URLSearchParams, fallback: number): number {
  const value = Number(params.get('year'));
  return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : fallback;
}

/**
 * The national working-day calendar of a year (kept in the address bar), its exceptions, and the due-date
 * calculator. `canManage`: a national administrator, who may edit the year and load the lunar proposal.
 */
export function CalendarPage({ canManage }: { canManage: boolean }) {
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFrom(searchParams, thisYear);
  const calendar = useCalendarYear(year);
  const [editing, setEditing] = useState<number | null>(null);
  const isEditing = editing === year;
  const editButton = useRef<HTMLButtonElement>(null);
  // Back from the editor, focus returns to the button that opened it rather than to the page's top.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!returnFocus.current || isEditing) return;
    returnFocus.current = false;
    editButton.current?.focus();
  });

  function goTo(next: number) {
    setSearchParams(next === thisYear ? new URLSearchParams() : new URLSearchParams({ year: String(next) }), {
      replace: true,
    });
  }

  const years: number[] = [];
  for (let y = Math.min(year, thisYear - 3); y <= Math.max(year, thisYear + 4); y++) years.push(y);
  const days = calendar.data?.days ?? [];
  const summary = yearSummary(days);

  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          // While a year is being edited, switching years would drop its rows: the picker waits.
          <div className="cal-year-picker" role="group" aria-label={t.year}>
            <Button
              size="sm"
              onClick={() => goTo(year - 1)}
              disabled={isEditing || year <= MIN_YEAR}
              aria-label={t.previousYearLabel(year - 1)}
            >
              <ChevronIcon width={16} height={16} className="cal-chevron-back" />
            </Button>
            <label className="cal-year-select">
              <span className="sr-only">{t.year}</span>
              <select
                className="input select input-sm"
                value={year}
                disabled={isEditing}
                onChange={(event) => goTo(Number(event.target.value))}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {t.yearOption(y)}
                  </option>
                ))}
              </select>
            </label>
            <Button
              size="sm"
              onClick={() => goTo(year + 1)}
              disabled={isEditing || year >= MAX_YEAR}
              aria-label={t.nextYearLabel(year + 1)}
            >
              <ChevronIcon width={16} height={16} />
            </Button>
          </div>
        }
      />

      {calendar.isPending ? (
        <LoadingState />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : isEditing ? (
        <ExceptionsEditor
          key={year}
          year={year}
          days={days}
          today={today}
          onDone={() => {
            returnFocus.current = true;
            setEditing(null);
          }}
        />
      ) : (
        <>
          <section className="card" aria-labelledby="cal-year-title">
            <div className="card-header">
              <h2 id="cal-year-title" className="card-title">
                {t.yearTitle(year)}
              </h2>
              <span className="muted">{t.summary(summary.daysOff, summary.makeUp)}</span>
            </div>
            {days.length === 0 && (
              <Alert tone="warning" className="cal-empty-year">
                {t.emptyYear(year)} {canManage && t.emptyYearManage}
              </Alert>
            )}
            <YearGrid year={year} days={days} today={today} />
          </section>

          <section className="card card-flush" aria-labelledby="cal-exceptions-title">
            <div className="card-header">
              <h2 id="cal-exceptions-title" className="card-title">
                {t.exceptions.title(year)}
              </h2>
              {canManage && (
                <div className="card-header-actions">
                  <Button ref={editButton} variant="primary" onClick={() => setEditing(year)}>
                    {t.exceptions.edit} {year}
                  </Button>
                </div>
              )}
            </div>
            {days.length === 0 ? (
              <EmptyState title={t.exceptions.empty} />
            ) : (
              <ExceptionsTable year={year} days={days} />
            )}
          </section>
        </>
      )}

      <DueDateCalculator defaultDate={today} />
    </>
  );
}
