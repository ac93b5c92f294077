import { TextField } from '../../../components/field';
import { texts } from '../../../config/i18n';
import type { DateRange } from '../lib/period';

const s = texts.statistics.scope;

/** The two dates of a period, each with its error; `maxFrom` keeps the start from lying in the future. */
export function RangeFields({
  value,
  errors,
  maxFrom,
  onChange,
}: {
  value: DateRange;
  errors: Partial<Record<keyof DateRange, string>>;
  maxFrom?: string;
  onChange: (range: DateRange) => void;
}) {
  return (
    <>
      <TextField
        label={s.from}
        type="date"
        className="st-date"
        value={value.from}
        max={maxFrom}
        error={errors.from}
        onChange={(event) => onChange({ from: event.target.value, to: value.to })}
      />
      <TextField
        label={s.to}
        type="date"
        className="st-date"
        value={value.to}
        error={errors.to}
        onChange={(event) => onChange({ from: value.from, to: event.target.value })}
      />
    </>
  );
}
