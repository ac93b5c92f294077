import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/button';
import { texts } from '../../../config/i18n';
import { rangeErrors, type DateRange } from '../lib/period';
import type { StatisticsUnitOption } from '../lib/unit-option';
import { RangeFields } from './range-fields';
import { UnitSelect } from './unit-select';

const s = texts.statistics.scope;

export type ScopeValue = DateRange & { unitId?: string | undefined };

function same(a: ScopeValue, b: ScopeValue): boolean {
  return a.unitId === b.unitId && a.from === b.from && a.to === b.to;
}

/**
 * The unit and the period of a screen, applied together so that a half-typed date never fires a request. The
 * reset button comes back to the screen's default period (this year so far).
 */
export function ScopeForm({
  units,
  ownUnit,
  value,
  fallback,
  today,
  onApply,
}: {
  units: readonly StatisticsUnitOption[];
  ownUnit: { id: string; name: string };
  value: ScopeValue;
  fallback: DateRange;
  today: string;
  onApply: (next: ScopeValue) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Back/forward changes the address under the form: follow it.
  if (!same(shown, value)) {
    setShown(value);
    setDraft(value);
  }
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? rangeErrors(draft) : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(rangeErrors(draft)).length === 0) onApply(draft);
  }

  const isDefaultPeriod = value.from === fallback.from && value.to === fallback.to;
  return (
    <form className="card st-scope" aria-label={s.label} onSubmit={submit} noValidate>
      <UnitSelect
        units={units}
        ownUnit={ownUnit}
        value={draft.unitId}
        onChange={(unitId) => setDraft({ ...draft, unitId })}
      />
      <RangeFields
        value={draft}
        errors={errors}
        maxFrom={today}
        onChange={(range) => setDraft({ ...draft, ...range })}
      />
      <div className="st-scope-buttons">
        <Button type="submit" variant="primary">
          {s.apply}
        </Button>
        {!isDefaultPeriod && (
          <Button
            variant="ghost"
            onClick={() => {
              setSubmitted(false);
              const next = { ...draft, ...fallback };
              setDraft(next);
              onApply(next);
            }}
          >
            {s.thisYear}
          </Button>
        )}
      </div>
    </form>
  );
}
