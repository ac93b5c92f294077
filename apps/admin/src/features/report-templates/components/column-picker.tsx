import { normalizeText } from '@motcua/shared';
import { useId, type Ref } from 'react';
import { AlertIcon } from '../../../components/icons';
import { cx } from '../../../lib/cx';
import { printedNumber, type ColumnFormValues } from '../lib/template-form';
import { t } from '../lib/texts';

export type ColumnOption = { uid: string; label: string };

/** The columns to tick, by printed number and label: "(4) Trực tuyến"; `except` leaves one out (itself). */
export function columnOptions(columns: readonly ColumnFormValues[], except?: string): ColumnOption[] {
  return columns.flatMap((c, i) =>
    c.uid === except
      ? []
      : [{ uid: c.uid, label: t.editor.columnOption(printedNumber(i), normalizeText(c.label)) }],
  );
}

/**
 * Several columns ticked from the others (the columns a total sums, the right side of a rule): a group of
 * checkboxes, which a keyboard and a screen reader use as they are. The value keeps the order of ticking.
 */
export function ColumnPicker({
  legend,
  hint,
  empty,
  error,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  className,
}: {
  legend: string;
  hint?: string;
  /** Said when there is nothing to tick. */
  empty: string;
  error?: string | undefined;
  options: readonly ColumnOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** The first checkbox, for react-hook-form to focus when the group is invalid. */
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={cx('rt-picker', error && 'field-invalid', className)} aria-describedby={describedBy}>
      <legend className="rt-picker-legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {options.length === 0 ? (
        <p className="muted rt-picker-empty">{empty}</p>
      ) : (
        <div className="rt-picker-options">
          {options.map((option, index) => {
            const checked = value.includes(option.uid);
            return (
              <label key={option.uid} className={cx('rt-chip', checked && 'is-checked')}>
                <input
                  ref={index === 0 ? inputRef : undefined}
                  type="checkbox"
                  checked={checked}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...value, option.uid]
                        : value.filter((uid) => uid !== option.uid),
                    )
                  }
                  onBlur={onBlur}
                />
                <span>{option.label}</span>
              </label>
            );
          })}
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <AlertIcon width={16} height={16} />
          {error}
        </p>
      )}
    </fieldset>
  );
}
