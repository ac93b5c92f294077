import {
  CHANNELS,
  DATE_FIELDS,
  DOSSIER_STATES,
  hasPermission,
  ON_TIME_RESULTS,
  type DossierState,
  type User,
} from '@motcua/shared';
import { useState } from 'react';
import { Controller, useFormContext, useWatch, type FieldErrors } from 'react-hook-form';
import { Button } from '../../../components/button';
import { Combobox } from '../../../components/combobox';
import { Checkbox, SelectField, TextField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import { useCurrentUser } from '../../../lib/session';
import { buildTree, flattenTree } from '../../../lib/tree';
import { useOfficer, useOfficerSearch } from '../api/get-officers';
import { useUnitsInReach } from '../api/get-units';
import type { FilterForm } from '../lib/filter-form';

const t = texts.statisticsReports.filter;
const labels = texts.statisticsReports;

/** Any form that holds the shared filter under `filter`. */
type FilterHost = { filter: FilterForm };

function UnitSelect() {
  const { register } = useFormContext<FilterHost>();
  const units = useUnitsInReach();
  const options = units.data ? flattenTree(buildTree(units.data)) : [];
  return (
    <SelectField
      label={t.unit}
      hint={units.isError ? t.unitsUnavailable : undefined}
      className="sr-filter-unit"
      {...register('filter.unitId')}
    >
      <option value="">{t.unitOwn}</option>
      {options.map(({ item, level }) => (
        <option key={item.id} value={item.id}>
          {`${'\u00a0\u00a0'.repeat(level)}${item.name}`}
        </option>
      ))}
    </SelectField>
  );
}

/** Several states: a disclosure of checkboxes, closed by default, that says how many are chosen. */
function StatesField() {
  const { control } = useFormContext<FilterHost>();
  return (
    <Controller
      control={control}
      name="filter.states"
      render={({ field }) => {
        const chosen: DossierState[] = field.value;
        function toggle(state: DossierState) {
          field.onChange(chosen.includes(state) ? chosen.filter((s) => s !== state) : [...chosen, state]);
        }
        return (
          <details className="sr-states">
            <summary className="input select sr-states-summary">
              <span className="sr-only">{`${t.states}: `}</span>
              {chosen.length === 0 ? t.statesAll : t.statesChosen(chosen.length)}
            </summary>
            <fieldset className="sr-states-panel">
              <legend className="sr-only">{t.states}</legend>
              {DOSSIER_STATES.map((state) => (
                <Checkbox
                  key={state}
                  label={labels.states[state]}
                  checked={chosen.includes(state)}
                  onChange={() => toggle(state)}
                />
              ))}
              {chosen.length > 0 && (
                <Button size="sm" variant="ghost" onClick={() => field.onChange([])}>
                  {t.statesClear}
                </Button>
              )}
            </fieldset>
          </details>
        );
      }}
    />
  );
}

/** The handler filter: a search among the officers in reach (for those who may list accounts). */
function HandlerField({ error }: { error: string | undefined }) {
  const { control } = useFormContext<FilterHost>();
  const [text, setText] = useState('');
  const query = text.trim();
  const handlerId = useWatch({ control, name: 'filter.handlerId' });
  const search = useOfficerSearch(query, true);
  const chosen = useOfficer(handlerId);
  const results = search.data ?? [];
  let message: string | undefined;
  if (query.length < 2) message = t.handlerTypeMore;
  else if (search.isFetching && results.length === 0) message = t.handlerSearching;
  else if (results.length === 0) message = t.handlerNoMatch;

  return (
    <Controller
      control={control}
      name="filter.handlerId"
      render={({ field }) => (
        <div className="sr-handler">
          <Combobox<User>
            label={t.handler}
            placeholder={t.handlerPlaceholder}
            error={error}
            inputValue={text}
            onInputChange={setText}
            options={query.length >= 2 ? results : []}
            optionKey={(user) => user.id}
            renderOption={(user) => (
              <>
                <span>{user.fullName}</span> <span className="muted">{user.username}</span>
              </>
            )}
            onSelect={(user) => {
              field.onChange(user.id);
              setText('');
            }}
            message={message}
            announcement={query.length >= 2 ? t.handlerFound(results.length) : undefined}
            onBlur={field.onBlur}
          />
          {field.value !== '' && (
            <p className="sr-handler-chosen">
              <span>{t.handlerChosen(chosen.data?.fullName ?? field.value)}</span>
              <Button size="sm" variant="ghost" onClick={() => field.onChange('')}>
                {t.handlerClear}
              </Button>
            </p>
          )}
        </div>
      )}
    />
  );
}

/**
 * The filters both report screens share, inside a react-hook-form that holds them under `filter`. A yearly
 * summary takes a year instead of two dates; states are for dossier lists; result, overdue and handler are the
 * custom builder's.
 */
export function FilterFields({
  errors,
  states,
  custom = false,
  years,
}: {
  errors: FieldErrors<FilterForm> | undefined;
  /** Offer the dossier states (list reports and the builder). */
  states: boolean;
  /** Offer the builder's extra criteria. */
  custom?: boolean;
  /** A yearly summary: the years to choose from, instead of the date range. */
  years?: number[] | undefined;
}) {
  const { register } = useFormContext<FilterHost & { year: string }>();
  const user = useCurrentUser();
  const canSearchOfficers = hasPermission(user.roles, 'users.read');
  return (
    <div className="sr-filters">
      <UnitSelect />
      <SelectField label={t.dateField} {...register('filter.dateField')}>
        {DATE_FIELDS.map((field) => (
          <option key={field} value={field}>
            {labels.dateFields[field]}
          </option>
        ))}
      </SelectField>
      {years ? (
        <SelectField label={t.year} {...register('year')}>
          {years.map((year, index) => (
            <option key={year} value={index === 0 ? '' : String(year)}>
              {year}
            </option>
          ))}
        </SelectField>
      ) : (
        <>
          <TextField label={t.from} type="date" error={errors?.from?.message} {...register('filter.from')} />
          <TextField label={t.to} type="date" error={errors?.to?.message} {...register('filter.to')} />
        </>
      )}
      {states && (
        <div className="field">
          <span className="field-label" aria-hidden="true">
            {t.states}
          </span>
          <StatesField />
        </div>
      )}
      <SelectField label={t.channel} {...register('filter.channel')}>
        <option value="">{t.channelAll}</option>
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {labels.channels[channel]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t.procedureCode}
        placeholder={t.procedureCodeHint}
        inputMode="decimal"
        className="sr-filter-code"
        error={errors?.procedureCode?.message}
        {...register('filter.procedureCode')}
      />
      <TextField
        label={t.field}
        placeholder={t.fieldPlaceholder}
        error={errors?.field?.message}
        {...register('filter.field')}
      />
      {custom && (
        <>
          <SelectField label={t.result} {...register('filter.result')}>
            <option value="">{t.resultAll}</option>
            {ON_TIME_RESULTS.map((result) => (
              <option key={result} value={result}>
                {labels.results[result]}
              </option>
            ))}
          </SelectField>
          {canSearchOfficers && <HandlerField error={errors?.handlerId?.message} />}
          <Checkbox
            className="sr-filter-check"
            label={t.overdue}
            hint={t.overdueHint}
            {...register('filter.overdue')}
          />
        </>
      )}
    </div>
  );
}
