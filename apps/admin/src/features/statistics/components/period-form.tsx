import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import {
  matchQuarter,
  QUARTERS,
  quarterWindow,
  rangeErrors,
  recentYears,
  type DateRange,
  type Quarter,
} from '../lib/period';
import type { StatisticsUnitOption } from '../lib/unit-option';
import type { ScopeValue } from './scope-form';
import { RangeFields } from './range-fields';
import { UnitSelect } from './unit-select';

const s = texts.statistics.scope;

type Draft = {
  unitId?: string | undefined;
  year: number;
  period: Quarter | 'custom';
  from: string;
  to: string;
};

function toDraft(value: ScopeValue): Draft {
  const quarter = matchQuarter(value);
  return {
    unitId: value.unitId,
    year: quarter?.year ?? Number(value.from.slice(0, 4)),
    period: quarter?.quarter ?? 'custom',
    from: value.from,
    to: value.to,
  };
}

function toRange(draft: Draft): DateRange {
  return draft.period === 'custom'
    ? { from: draft.from, to: draft.to }
    : quarterWindow(draft.year, draft.period);
}

/**
 * The period of the service-quality index: a quarter of a year (the usual scoring period) or any range of dates;
 * and, on the ranking, the unit whose sub-units are ranked.
 */
export function PeriodForm({
  value,
  today,
  units,
  ownUnit,
  onApply,
}: {
  value: ScopeValue;
  today: string;
  /** Without units the form picks the period only. */
  units?: readonly StatisticsUnitOption[];
  ownUnit?: { id: string; name: string };
  onApply: (next: ScopeValue) => void;
}) {
  const [draft, setDraft] = useState(() => toDraft(value));
  const [shown, setShown] = useState(value);
  if (shown.unitId !== value.unitId || shown.from !== value.from || shown.to !== value.to) {
    setShown(value);
    setDraft(toDraft(value));
  }
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted && draft.period === 'custom' ? rangeErrors(draft) : {};
  const years = recentYears(today);
  if (!years.includes(draft.year) && Number.isFinite(draft.year)) years.push(draft.year);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const range = toRange(draft);
    if (Object.keys(rangeErrors(range)).length === 0) onApply({ unitId: draft.unitId, ...range });
  }

  return (
    <form className="card st-scope" aria-label={s.label} onSubmit={submit} noValidate>
      {units && ownUnit && (
        <UnitSelect
          units={units}
          ownUnit={ownUnit}
          value={draft.unitId}
          onChange={(unitId) => setDraft({ ...draft, unitId })}
        />
      )}
      <SelectField
        label={s.period}
        className="st-period"
        value={String(draft.period)}
        onChange={(event) => {
          const period = event.target.value === 'custom' ? 'custom' : (Number(event.target.value) as Quarter);
          const range = toRange(draft);
          setDraft({ ...draft, period, ...(period === 'custom' && range) });
        }}
      >
        {QUARTERS.map((q) => (
          <option key={q} value={q}>
            {texts.statistics.quarterLabel(q)}
          </option>
        ))}
        <option value="custom">{s.custom}</option>
      </SelectField>
      {draft.period === 'custom' ? (
        <RangeFields value={draft} errors={errors} onChange={(range) => setDraft({ ...draft, ...range })} />
      ) : (
        <SelectField
          label={s.year}
          className="st-year"
          value={String(draft.year)}
          onChange={(event) => setDraft({ ...draft, year: Number(event.target.value) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      )}
      <div className="st-scope-buttons">
        <Button type="submit" variant="primary">
          {s.apply}
        </Button>
      </div>
    </form>
  );
}
