import type { ReactNode } from 'react';
import type { SearchBox } from '../lib/use-url-filters';
import { SelectField, TextField } from './field';

/** The filters above a list: a search box that searches as the officer types, then the list's own choices. */
export function ListFilters({
  label,
  search,
  searchLabel,
  searchPlaceholder,
  children,
}: {
  label: string;
  search: SearchBox;
  searchLabel: string;
  searchPlaceholder: string;
  children: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className="card filters"
      onSubmit={(event) => {
        event.preventDefault();
        search.submit();
      }}
    >
      <TextField
        label={searchLabel}
        type="search"
        placeholder={searchPlaceholder}
        value={search.value}
        onChange={(event) => search.change(event.target.value)}
      />
      {children}
    </form>
  );
}

/** A filter that is one value of an enumeration, or all of them. */
export function FilterSelect<T extends string>({
  label,
  allLabel,
  options,
  optionLabel,
  value,
  onChange,
  error,
}: {
  label: string;
  allLabel: string;
  options: readonly T[];
  optionLabel: (option: T) => string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  error?: string | undefined;
}) {
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(options.find((option) => option === event.target.value))}
      error={error}
    >
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </SelectField>
  );
}
