import { TIME_UNITS, type DueDateQuery } from '@motcua/shared';
import { useId, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { ErrorState, LoadingState } from '../../../components/states';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { formatDate, isIsoDate } from '../../../lib/format';
import { useDueDate } from '../api/get-due-date';
import { splitVnIso, validateDueDateForm, type DueDateFormValues } from '../lib/due-date-form';
import { weekdayOf } from '../lib/month-grid';

const t = texts.calendar.calculator;

const resolver: Resolver<DueDateFormValues, unknown, DueDateQuery> = (values) => {
  const result = validateDueDateForm(values, t);
  if (result.query) return { values: result.query, errors: {} };
  const errors: FieldErrors<DueDateFormValues> = {};
  for (const [name, message] of Object.entries(result.errors)) {
    errors[name as keyof DueDateFormValues] = { type: 'validate', message };
  }
  return { values: {}, errors };
};

/** The legal clock on the server's calendar: a receipt time and a time limit give the due date and its derivation. */
export function DueDateCalculator({ defaultDate }: { defaultDate: string }) {
  const [query, setQuery] = useState<DueDateQuery | null>(null);
  const result = useDueDate(query);
  const resultId = useId();
  const form = useForm<DueDateFormValues, unknown, DueDateQuery>({
    resolver,
    defaultValues: { date: defaultDate, time: '08:00', amount: '', unit: 'working_days', cutoff: '' },
  });
  const { errors } = form.formState;
  // The native date box follows the browser's language; the hint says the day the Vietnamese way.
  const date = form.watch('date');

  const onSubmit = form.handleSubmit((values) => setQuery(values));

  return (
    <section className="card cal-calculator" aria-labelledby="cal-calc-title">
      <h2 id="cal-calc-title" className="card-title">
        {t.title}
      </h2>
      <p className="card-intro">{t.intro}</p>
      <form className="cal-calc-form" onSubmit={onSubmit} noValidate aria-labelledby="cal-calc-title">
        <TextField
          label={t.date}
          type="date"
          required
          hint={
            isIsoDate(date)
              ? t.chosenDay(texts.calendar.weekdays[weekdayOf(date)] ?? '', formatDate(date))
              : undefined
          }
          error={errors.date?.message}
          {...form.register('date')}
        />
        <TextField
          label={t.time}
          type="time"
          required
          error={errors.time?.message}
          {...form.register('time')}
        />
        <TextField
          label={t.amount}
          type="number"
          inputMode="numeric"
          min={0}
          max={3650}
          required
          error={errors.amount?.message}
          {...form.register('amount')}
        />
        <SelectField label={t.unit} required error={errors.unit?.message} {...form.register('unit')}>
          {TIME_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {texts.calendar.timeUnits[unit]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.cutoff}
          hint={t.cutoffHint}
          type="time"
          className="cal-calc-cutoff"
          error={errors.cutoff?.message}
          {...form.register('cutoff')}
        />
        <div className="cal-calc-actions">
          {/* Not disabled while computing: a disabled button would drop the keyboard focus after each answer. */}
          <Button
            type="submit"
            variant="primary"
            aria-busy={result.isFetching || undefined}
            aria-controls={resultId}
          >
            {result.isFetching ? t.computing : t.submit}
          </Button>
        </div>
      </form>
      <div id={resultId} className="cal-calc-result" aria-live="polite">
        {query === null ? null : result.isPending ? (
          <LoadingState />
        ) : result.isError ? (
          <ErrorState error={result.error} onRetry={() => void result.refetch()} />
        ) : (
          <>
            <div className="cal-due">
              <span className="cal-due-label">{t.result}</span>
              {result.data.dueAt ? (
                <DueAt value={result.data.dueAt} />
              ) : (
                <span className="cal-due-value">{t.waiting}</span>
              )}
            </div>
            <h3 className="cal-explanation-title">{t.explanation}</h3>
            <ol className="cal-explanation">
              {result.data.explanation.map((line, index) => (
                <li key={index} className={cx('cal-line', `cal-line-${line.kind}`)}>
                  <span className="cal-line-dates">
                    {line.from === line.to
                      ? formatDate(line.from)
                      : t.range(formatDate(line.from), formatDate(line.to))}
                  </span>
                  <span className="cal-line-text">{line.text}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}

function DueAt({ value }: { value: string }) {
  const { date, time } = splitVnIso(value);
  return (
    <strong className="cal-due-value">
      <time dateTime={value}>
        {t.dueAt(time, texts.calendar.weekdays[weekdayOf(date)] ?? '', formatDate(date))}
      </time>
    </strong>
  );
}
