import type { Component } from '@motcua/shared';
import { useState, type Ref } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { AlertIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { COMPONENT_FORMS, type IntakeFormValues } from '../lib/intake-form';

/** Official descriptions run to whole paragraphs; longer ones are folded to a few lines until opened. */
const LONG_NAME = 180;

function ComponentRow({
  component,
  index,
  missing,
  register,
}: {
  component: Component;
  index: number;
  missing: boolean;
  register: UseFormRegister<IntakeFormValues>;
}) {
  const t = texts.dossiers.intake;
  const [open, setOpen] = useState(false);
  const id = `component-${index}`;
  const long = component.name.length > LONG_NAME;
  return (
    <li className={cx('checklist-row', missing && 'is-missing')}>
      <input
        id={id}
        type="checkbox"
        className="checklist-check"
        aria-describedby={`${id}-meta`}
        aria-invalid={missing || undefined}
        {...register(`components.${index}.provided`)}
      />
      <div className="checklist-body">
        <label htmlFor={id} className={cx('checklist-name', long && !open && 'is-folded')}>
          {component.name}
        </label>
        <p id={`${id}-meta`} className="checklist-meta">
          {component.required ? (
            <Badge tone={missing ? 'danger' : 'warning'}>{t.requiredBadge}</Badge>
          ) : (
            <Badge tone="muted">{t.optionalBadge}</Badge>
          )}
          <span>{t.copiesLine(component.originals, component.copies)}</span>
          {long && (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? t.showLess : t.showMore}
            </button>
          )}
        </p>
      </div>
      <select
        className="input select input-sm checklist-form"
        aria-label={t.formOf(index + 1)}
        {...register(`components.${index}.form`)}
      >
        {COMPONENT_FORMS.map((form) => (
          <option key={form} value={form}>
            {texts.dossiers.componentForms[form]}
          </option>
        ))}
      </select>
    </li>
  );
}

/**
 * The documents of the chosen case: what was handed in and in which form. Required ones are marked; after
 * a submission attempt the missing ones turn red. The list keeps the catalogue's groups ("Giấy tờ phải nộp",
 * "Giấy tờ phải xuất trình"…).
 */
export function ComponentsChecklist({
  components,
  missing,
  register,
  errors,
  onMarkRequired,
  ref,
}: {
  components: readonly Component[];
  missing: ReadonlySet<number>;
  register: UseFormRegister<IntakeFormValues>;
  errors: FieldErrors<IntakeFormValues>;
  onMarkRequired: () => void;
  ref?: Ref<HTMLFieldSetElement>;
}) {
  const t = texts.dossiers.intake;
  const error = errors.components?.message ?? errors.components?.root?.message;
  const groups: { name: string | null; items: { component: Component; index: number }[] }[] = [];
  components.forEach((component, index) => {
    const last = groups.at(-1);
    if (last && last.name === component.group) last.items.push({ component, index });
    else groups.push({ name: component.group, items: [{ component, index }] });
  });
  return (
    <fieldset
      ref={ref}
      tabIndex={-1}
      className={cx('fieldset checklist', error && 'field-invalid')}
      aria-describedby={error ? 'checklist-error' : undefined}
    >
      <legend className="sr-only">{t.componentsSection}</legend>
      {components.some((c) => c.required) && (
        <div className="checklist-tools">
          <Button size="sm" onClick={onMarkRequired}>
            {t.markRequired}
          </Button>
        </div>
      )}
      {groups.map((group, g) => (
        <div key={`${group.name ?? ''}-${g}`} className="checklist-group">
          {group.name && <h3 className="checklist-group-title">{group.name}</h3>}
          <ol className="checklist-list" start={(group.items[0]?.index ?? 0) + 1}>
            {group.items.map(({ component, index }) => (
              <ComponentRow
                key={index}
                component={component}
                index={index}
                missing={missing.has(index)}
                register={register}
              />
            ))}
          </ol>
        </div>
      ))}
      {error && (
        <p id="checklist-error" className="field-error" role="alert">
          <AlertIcon width={16} height={16} />
          {error}
        </p>
      )}
    </fieldset>
  );
}
