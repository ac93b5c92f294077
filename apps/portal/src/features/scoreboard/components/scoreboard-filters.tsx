import type { Scoreboard } from '@motcua/shared';
import { useId } from 'react';
import { FieldShell, TextField } from '../../../components/field';
import { texts } from '../../../config/texts';

type ScoreboardFiltersProps = {
  provinces: Scoreboard['provinces'];
  provinceId: string;
  years: readonly number[];
  year: number;
  query: string;
  onProvince: (provinceId: string) => void;
  onYear: (year: number) => void;
  onQuery: (query: string) => void;
};

/**
 * The province and the year choose which figures load; the search box only narrows the rows already loaded, as
 * the visitor types (the list is one province's agencies: short enough for the browser).
 */
export function ScoreboardFilters({
  provinces,
  provinceId,
  years,
  year,
  query,
  onProvince,
  onYear,
  onQuery,
}: ScoreboardFiltersProps) {
  const id = useId();
  return (
    <form
      className="card scoreboard-filters"
      role="search"
      aria-label={texts.scoreboard.filtersLabel}
      onSubmit={(event) => event.preventDefault()}
    >
      <FieldShell
        id={`${id}-province`}
        label={texts.scoreboard.province}
        className="scoreboard-filters__province"
      >
        <select
          id={`${id}-province`}
          className="input"
          value={provinceId}
          onChange={(event) => onProvince(event.target.value)}
        >
          {provinces.map((province) => (
            <option key={province.id} value={province.id}>
              {province.name}
            </option>
          ))}
        </select>
      </FieldShell>
      <FieldShell id={`${id}-year`} label={texts.scoreboard.year} className="scoreboard-filters__year">
        <select
          id={`${id}-year`}
          className="input"
          value={year}
          onChange={(event) => onYear(Number(event.target.value))}
        >
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </FieldShell>
      <div className="scoreboard-filters__search">
        <TextField
          type="search"
          label={texts.scoreboard.searchLabel}
          hint={texts.scoreboard.searchHint}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={100}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
        />
      </div>
    </form>
  );
}
