import { zodResolver } from '@hookform/resolvers/zod';
import {
  CALENDAR_DAY_KINDS,
  CONFIDENCE_LEVELS,
  CalendarYearUpdateSchema,
  type CalendarDay,
} from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useBlocker } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { SelectField, TextField } from '../../../components/field';
import { PlusIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast';
import { texts } from '../../../config/i18n';
import { isApiError } from '../../../lib/api-error';
import { formatDate, isIsoDate } from '../../../lib/format';
import { preparedResolver } from '../../../lib/form-resolver';
import { useCalendarProposal } from '../api/get-calendar-proposal';
import { useSaveCalendarYear } from '../api/save-calendar-year';
import {
  byDate,
  dayToForm,
  formToDays,
  mapCalendarErrors,
  type CalendarDayFormValues,
  type CalendarFormValues,
} from '../lib/calendar-form';
import { weekdayOf } from '../lib/month-grid';
import { YearGrid } from './year-grid';

const t = texts.calendar;
const resolver = preparedResolver(zodResolver(CalendarYearUpdateSchema), formToDays);

function emptyRow(): CalendarDayFormValues {
  return { date: '', kind: 'holiday', name: '', confidence: 'confirmed', source: '' };
}

/**
 * The year's exceptions as editable rows, with the calendar above showing the rows as they are typed. The
 * proposal from the lunar calendar fills the rows for review; nothing is saved until "Lưu lịch".
 */
export function ExceptionsEditor({
  year,
  days,
  today,
  onDone,
}: {
  year: number;
  days: readonly CalendarDay[];
  today: string;
  onDone: () => void;
}) {
  const toast = useToast();
  const save = useSaveCalendarYear();
  const proposal = useCalendarProposal();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmReplace, setConfirmReplace] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const done = useRef(false);
  const form = useForm<CalendarFormValues, unknown, { days: CalendarDay[] }>({
    resolver,
    defaultValues: { days: byDate(days).map(dayToForm) },
  });
  const { fields, append, remove, replace } = useFieldArray({ control: form.control, name: 'days' });
  const rows = useWatch({ control: form.control, name: 'days' });
  const { errors, isDirty } = form.formState;
  const title = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The proposal button is busy (disabled) while loading, which drops focus: the outcome takes it.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  // The editor replaces the table the officer was on: focus moves to its title, where reading resumes.
  useEffect(() => title.current?.focus(), []);

  // Leaving the screen (not the year: the editor closes with it) would drop unsaved rows.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !done.current && currentLocation.pathname !== nextLocation.pathname,
  );

  // The calendar previews what would be saved: rows with a date of this year.
  const preview: CalendarDay[] = rows
    .filter((r) => isIsoDate(r.date) && r.date.startsWith(`${year}-`))
    .map((r) => ({ ...r, source: r.source || null }));

  function loadProposal() {
    setConfirmReplace(false);
    setFormError(null);
    proposal.mutate(year, {
      onSuccess: (proposed) => {
        replace(byDate(proposed.days).map(dayToForm));
        setNotice(t.exceptions.proposed(proposed.days.length));
      },
    });
  }

  const onSubmit = form.handleSubmit(
    ({ days: input }) => {
      setFormError(null);
      save.mutate(
        { year, days: input },
        {
          onSuccess: () => {
            done.current = true;
            toast.notify(t.exceptions.saved(year));
            onDone();
          },
          onError: (error) => {
            if (!isApiError(error)) {
              setFormError(texts.errors.unexpected);
              return;
            }
            const { fields: mapped, rest } = mapCalendarErrors(error.errors, rows.length);
            mapped.forEach(({ name, message }, index) => {
              form.setError(
                name as FieldPath<CalendarFormValues>,
                { type: 'server', message },
                {
                  shouldFocus: index === 0,
                },
              );
            });
            setFormError(
              rest.length > 0
                ? rest.join(' ')
                : mapped.length > 0
                  ? texts.common.formHasErrors
                  : (error.detail ?? error.title),
            );
          },
        },
      );
    },
    () => setFormError(texts.common.formHasErrors),
  );

  const proposalError = proposal.isError && isApiError(proposal.error) ? proposal.error.detail : null;
  const listError = errors.days?.message ?? errors.days?.root?.message;

  return (
    <>
      <section className="card" aria-labelledby="cal-year-title">
        <div className="card-header">
          <h2 id="cal-year-title" className="card-title">
            {t.yearTitle(year)}
          </h2>
          {isDirty && <span className="muted">{t.previewNote}</span>}
        </div>
        <YearGrid year={year} days={preview} today={today} />
      </section>

      <section className="card" aria-labelledby="cal-edit-title">
        <form onSubmit={onSubmit} noValidate aria-labelledby="cal-edit-title">
          <div className="card-header">
            <h2 id="cal-edit-title" className="card-title" ref={title} tabIndex={-1}>
              {t.exceptions.editTitle(year)}
            </h2>
            <div className="card-header-actions">
              <Button
                onClick={() => (rows.length > 0 ? setConfirmReplace(true) : loadProposal())}
                busy={proposal.isPending}
              >
                {proposal.isPending ? t.exceptions.proposing : t.exceptions.propose}
              </Button>
            </div>
          </div>
          <p className="card-intro">{t.exceptions.rowsHint}</p>
          <div className="cal-editor-messages">
            {notice && (
              <div ref={noticeRef} tabIndex={-1} className="cal-notice">
                <Alert tone="info">{notice}</Alert>
              </div>
            )}
            {proposalError && <Alert tone="danger">{proposalError}</Alert>}
            {formError && <Alert tone="danger">{formError}</Alert>}
            {listError && (
              <p className="field-error" role="alert">
                {listError}
              </p>
            )}
          </div>
          {fields.length === 0 && <p className="muted">{t.exceptions.empty}</p>}
          <ol className="cal-rows">
            {fields.map((field, index) => {
              const e = errors.days?.[index];
              const n = index + 1;
              const date = rows[index]?.date ?? '';
              return (
                <li key={field.id}>
                  <fieldset className="cal-row">
                    <legend className="sr-only">{t.exceptions.rowLegend(n)}</legend>
                    <TextField
                      label={t.exceptions.date}
                      type="date"
                      min={`${year}-01-01`}
                      max={`${year}-12-31`}
                      required
                      hint={
                        isIsoDate(date)
                          ? t.calculator.chosenDay(t.weekdays[weekdayOf(date)] ?? '', formatDate(date))
                          : undefined
                      }
                      error={e?.date?.message}
                      {...form.register(`days.${index}.date`)}
                    />
                    <SelectField
                      label={t.exceptions.kind}
                      required
                      error={e?.kind?.message}
                      {...form.register(`days.${index}.kind`)}
                    >
                      {CALENDAR_DAY_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {t.kinds[kind]}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      label={t.exceptions.name}
                      required
                      className="cal-row-name"
                      error={e?.name?.message}
                      {...form.register(`days.${index}.name`)}
                    />
                    <SelectField
                      label={t.exceptions.confidence}
                      error={e?.confidence?.message}
                      {...form.register(`days.${index}.confidence`)}
                    >
                      {CONFIDENCE_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {t.confidence[level]}
                        </option>
                      ))}
                    </SelectField>
                    <TextField
                      label={t.exceptions.source}
                      className="cal-row-source"
                      error={e?.source?.message}
                      {...form.register(`days.${index}.source`)}
                    />
                    <Button
                      size="sm"
                      variant="ghost"
                      className="cal-row-remove"
                      onClick={() => {
                        remove(index);
                        addButton.current?.focus();
                      }}
                      aria-label={t.exceptions.removeRow(n)}
                    >
                      {t.exceptions.remove}
                    </Button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <div className="cal-editor-footer">
            <Button ref={addButton} size="sm" onClick={() => append(emptyRow())}>
              <PlusIcon width={16} height={16} />
              {t.exceptions.addRow}
            </Button>
            <span className="cal-editor-spacer" />
            <Button onClick={onDone} disabled={save.isPending}>
              {t.exceptions.cancel}
            </Button>
            <Button type="submit" variant="primary" busy={save.isPending}>
              {save.isPending ? t.exceptions.saving : t.exceptions.save}
            </Button>
          </div>
        </form>
      </section>

      {confirmReplace && (
        <ConfirmDialog
          title={t.exceptions.replaceTitle}
          message={t.exceptions.replaceText}
          confirmLabel={t.exceptions.replaceConfirm}
          onConfirm={loadProposal}
          onCancel={() => setConfirmReplace(false)}
        />
      )}
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          title={t.exceptions.leaveTitle}
          message={t.exceptions.leaveText}
          confirmLabel={t.exceptions.leaveConfirm}
          tone="danger"
          onConfirm={() => blocker.proceed()}
          onCancel={() => blocker.reset()}
        />
      )}
    </>
  );
}
