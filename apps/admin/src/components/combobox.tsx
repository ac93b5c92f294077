import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { cx } from '../lib/cx';
import { AlertIcon } from './icons';

export type ComboboxProps<T> = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  placeholder?: string;
  /** The text in the box; the parent filters `options` by it (usually through the server). */
  inputValue: string;
  onInputChange: (value: string) => void;
  options: readonly T[];
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onSelect: (option: T) => void;
  /** Shown in the popup instead of options: "searching…", "no match", "type more". */
  message?: ReactNode;
  /** Read out politely after the list changes, e.g. "5 results". */
  announcement?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  name?: string;
};

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2 pattern): focus stays in the box, arrows move the
 * active option, Enter picks it, Escape closes the list (a second Escape clears the box). Options are
 * fetched by the parent as the officer types, so the list can be a server search.
 */
export function Combobox<T>({
  label,
  hint,
  error,
  required,
  className,
  placeholder,
  inputValue,
  onInputChange,
  options,
  optionKey,
  renderOption,
  onSelect,
  message,
  announcement,
  inputRef,
  onBlur,
  name,
}: ComboboxProps<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showList = open && (options.length > 0 || message !== undefined);
  const activeOption = active >= 0 ? options[active] : undefined;
  const optionId = (option: T) => `${id}-opt-${optionKey(option)}`;

  function pick(option: T) {
    onSelect(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        if (current < 0) return step > 0 ? 0 : options.length - 1;
        return (current + step + options.length) % options.length;
      });
    } else if (event.key === 'Enter') {
      // Enter in the box must pick an option, never submit the form around it.
      if (showList) event.preventDefault();
      if (showList && activeOption !== undefined) pick(activeOption);
    } else if (event.key === 'Escape') {
      if (showList) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (inputValue !== '') {
        event.preventDefault();
        onInputChange('');
      }
    }
  }

  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <div className={cx('field', 'combobox', error && 'field-invalid', className)}>
      <label id={`${id}-label`} className={cx('field-label', required && 'is-required')} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="combobox-control">
        <input
          ref={inputRef}
          id={id}
          name={name}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && activeOption !== undefined ? optionId(activeOption) : undefined}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={describedBy || undefined}
          value={inputValue}
          onChange={(event) => {
            onInputChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
            onBlur?.();
          }}
          onKeyDown={onKeyDown}
        />
        {/* The listbox exists even when closed, so aria-controls always points at something. */}
        <ul
          id={listId}
          role="listbox"
          className="combobox-list"
          hidden={!showList}
          aria-labelledby={`${id}-label`}
        >
          {options.map((option, index) => (
            <li
              key={optionKey(option)}
              id={optionId(option)}
              role="option"
              aria-selected={index === active}
              className={cx('combobox-option', index === active && 'is-active')}
              // Keep focus in the box: a mousedown would blur it and close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => pick(option)}
            >
              {renderOption(option)}
            </li>
          ))}
          {message !== undefined && options.length === 0 && (
            <li role="presentation" className="combobox-message">
              {message}
            </li>
          )}
        </ul>
      </div>
      <p className="sr-only" role="status">
        {open ? announcement : ''}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          <AlertIcon width={16} height={16} />
          {error}
        </p>
      )}
    </div>
  );
}
