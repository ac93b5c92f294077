import { normalizeText, REPORT_METRICS, type ReportRowSource } from '@motcua/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { Button } from '../../../components/button';
import { AlertIcon, ArrowUpIcon, PlusIcon } from '../../../components/icons';
import type { TemplateForm } from '../lib/template-resolver';
import {
  emptyColumn,
  metricMismatch,
  metricRowSource,
  printedNumber,
  removeColumn,
  suggestKey,
  type ColumnKind,
} from '../lib/template-form';
import { t } from '../lib/texts';
import { CellError, describedBy } from './cell-error';
import { ColumnPicker, columnOptions } from './column-picker';

const e = t.editor;
const KINDS: ColumnKind[] = ['entered', 'metric', 'computed'];
const GROUPS_LIST_ID = 'rt-groups';

/** The metrics grouped by the rows they are computed for; the group that fits the form comes first. */
function metricGroups(rowSource: ReportRowSource) {
  const sources: ('fields' | 'units')[] = rowSource === 'units' ? ['units', 'fields'] : ['fields', 'units'];
  return sources.map((source) => ({
    source,
    label: t.metricGroups[source],
    metrics: REPORT_METRICS.filter((m) => metricRowSource(m) === source),
  }));
}

/**
 * The form's columns as a table, two rows per column: what it is called, then where its figure comes from and
 * the buttons that move or remove it. Columns move with buttons (keyboard and screen reader friendly, unlike
 * dragging); focus follows the moved column and every change is announced.
 */
export function ColumnsEditor({ form, previewId }: { form: TemplateForm; previewId: string }) {
  const { control, register } = form;
  const { fields, append, swap, replace } = useFieldArray({ control, name: 'definition.columns' });
  const columns = useWatch({ control, name: 'definition.columns' });
  const rowSource = useWatch({ control, name: 'definition.rowSource' });
  const [announcement, setAnnouncement] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ id: string; action: 'up' | 'down' } | null>(null);
  const hintId = useId();
  const listErrors = form.formState.errors.definition?.columns;

  // After a move, the button pressed follows its column; when the column reached an end, its other button.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const rows = tableRef.current?.querySelector(`[data-column-id="${target.id}"]`);
    const preferred = rows?.querySelector<HTMLButtonElement>(
      `[data-action="${target.action}"]:not(:disabled)`,
    );
    (preferred ?? rows?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)'))?.focus();
  });

  function nameOf(index: number): string {
    const label = normalizeText(columns[index]?.label ?? '');
    return label
      ? `${e.columnLegend(printedNumber(index))} “${label}”`
      : e.columnLegend(printedNumber(index));
  }

  function move(index: number, action: 'up' | 'down') {
    const to = action === 'up' ? index - 1 : index + 1;
    const field = fields[index];
    if (!field || to < 0 || to >= fields.length) return;
    const name = nameOf(index);
    pendingFocus.current = { id: field.id, action };
    swap(index, to);
    setAnnouncement(e.moved(name, printedNumber(to)));
  }

  function remove(index: number) {
    const name = nameOf(index);
    const { definition, references } = removeColumn(form.getValues('definition'), index);
    replace(definition.columns);
    form.setValue('definition.rules', definition.rules, { shouldDirty: true });
    setAnnouncement(e.removed(name, references));
    addButton.current?.focus();
  }

  function add() {
    const index = fields.length;
    append(emptyColumn(), { focusName: `definition.columns.${index}.label` });
    setAnnouncement(e.added(printedNumber(index)));
  }

  /** A label typed into a column without a key proposes one: "Trực tuyến" → truc_tuyen. */
  function proposeKey(index: number) {
    const column = form.getValues(`definition.columns.${index}`);
    if (!column || column.key.trim() !== '' || normalizeText(column.label) === '') return;
    const taken = form
      .getValues('definition.columns')
      .filter((_, i) => i !== index)
      .map((c) => c.key.trim());
    form.setValue(`definition.columns.${index}.key`, suggestKey(column.label, taken), { shouldDirty: true });
  }

  const groups = [...new Set(columns.map((c) => normalizeText(c.group)).filter(Boolean))];

  return (
    <section className="card rt-section" aria-labelledby="rt-columns-title">
      <div className="card-header">
        <h2 id="rt-columns-title" className="card-title">
          {e.columnsTitle}
        </h2>
        <a className="btn btn-ghost btn-sm" href={`#${previewId}`}>
          {e.toPreview}
        </a>
      </div>
      <p className="card-intro">{e.columnsIntro}</p>
      {(listErrors?.root?.message ?? listErrors?.message) && (
        <p className="field-error rt-list-error" role="alert">
          <AlertIcon width={16} height={16} />
          {listErrors.root?.message ?? listErrors.message}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className="rt-columns-wrap">
        <table className="table rt-columns" ref={tableRef}>
          <caption className="sr-only">{e.columnsCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="rt-col-no">
                {e.columnNo}
              </th>
              <th scope="col" className="rt-col-key">
                {e.key}
                <span id={`${hintId}-key`} className="rt-th-hint">
                  {e.keyHint}
                </span>
              </th>
              <th scope="col" className="rt-col-label">
                {e.label}
              </th>
              <th scope="col" className="rt-col-group">
                {e.group}
                <span id={`${hintId}-group`} className="rt-th-hint">
                  {e.groupHint}
                </span>
              </th>
              <th scope="col" className="rt-col-kind">
                {e.kind}
              </th>
            </tr>
          </thead>
          {fields.map((field, index) => {
            const column = columns[index];
            const errors = listErrors?.[index];
            const n = printedNumber(index);
            const at = `${hintId}-${field.id}`;
            const kind = column?.kind ?? field.kind;
            const metric = column?.metric ?? '';
            const warning =
              kind === 'metric' && rowSource === 'levels'
                ? e.metricNoneForLevels
                : kind === 'metric' && metricMismatch(metric, rowSource)
                  ? e.metricWrongSource(t.rowSources[rowSource])
                  : undefined;
            return (
              <tbody key={field.id} data-column-id={field.id} className="rt-column">
                <tr>
                  <th scope="rowgroup" rowSpan={2} className="rt-col-no">
                    <span className="rt-number">({n})</span>
                  </th>
                  <td className="rt-col-key">
                    <input
                      className="input input-sm mono"
                      autoComplete="off"
                      spellCheck={false}
                      aria-label={e.fieldOf(e.key, n)}
                      aria-invalid={errors?.key ? true : undefined}
                      aria-describedby={describedBy(`${hintId}-key`, errors?.key && `${at}-key`)}
                      {...register(`definition.columns.${index}.key`)}
                    />
                    <CellError id={`${at}-key`} message={errors?.key?.message} />
                  </td>
                  <td className="rt-col-label">
                    <input
                      className="input input-sm"
                      autoComplete="off"
                      aria-label={e.fieldOf(e.label, n)}
                      aria-invalid={errors?.label ? true : undefined}
                      aria-describedby={describedBy(errors?.label && `${at}-label`)}
                      {...register(`definition.columns.${index}.label`, { onBlur: () => proposeKey(index) })}
                    />
                    <CellError id={`${at}-label`} message={errors?.label?.message} />
                  </td>
                  <td className="rt-col-group">
                    <input
                      className="input input-sm"
                      autoComplete="off"
                      list={GROUPS_LIST_ID}
                      aria-label={e.fieldOf(e.group, n)}
                      aria-invalid={errors?.group ? true : undefined}
                      aria-describedby={describedBy(`${hintId}-group`, errors?.group && `${at}-group`)}
                      {...register(`definition.columns.${index}.group`)}
                    />
                    <CellError id={`${at}-group`} message={errors?.group?.message} />
                  </td>
                  <td className="rt-col-kind">
                    <select
                      className="input select input-sm"
                      aria-label={e.fieldOf(e.kind, n)}
                      {...register(`definition.columns.${index}.kind`)}
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {e.kinds[k]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
                <tr className="rt-column-details">
                  <td colSpan={4}>
                    <div className="rt-details">
                      <div className="rt-source">
                        {kind === 'metric' && (
                          <div className="rt-metric">
                            <label className="rt-inline-label" htmlFor={`${at}-metric-input`}>
                              {e.metric}
                            </label>
                            <select
                              id={`${at}-metric-input`}
                              className="input select input-sm"
                              aria-label={e.fieldOf(e.metric, n)}
                              aria-invalid={errors?.metric ? true : undefined}
                              aria-describedby={describedBy(
                                errors?.metric && `${at}-metric`,
                                warning && `${at}-warning`,
                              )}
                              {...register(`definition.columns.${index}.metric`)}
                            >
                              <option value="">{e.metricPlaceholder}</option>
                              {metricGroups(rowSource).map((g) => (
                                <optgroup key={g.source} label={g.label}>
                                  {g.metrics.map((m) => (
                                    <option key={m} value={m}>
                                      {t.metrics[m]}
                                    </option>
                                  ))}
                                </optgroup>
                              ))}
                            </select>
                            <CellError id={`${at}-metric`} message={errors?.metric?.message} />
                            {warning && !errors?.metric && (
                              <p id={`${at}-warning`} className="rt-warning">
                                <AlertIcon width={14} height={14} />
                                {warning}
                              </p>
                            )}
                          </div>
                        )}
                        {kind === 'computed' && (
                          <Controller
                            control={control}
                            name={`definition.columns.${index}.sumOf`}
                            render={({ field: picker }) => (
                              <ColumnPicker
                                legend={e.sumOf(n)}
                                hint={e.sumOfHint}
                                empty={e.sumOfEmpty}
                                error={errors?.sumOf?.message ?? errors?.sumOf?.root?.message}
                                options={columnOptions(columns, column?.uid)}
                                value={picker.value}
                                onChange={picker.onChange}
                                onBlur={picker.onBlur}
                                inputRef={picker.ref}
                              />
                            )}
                          />
                        )}
                        {kind === 'entered' && <p className="muted rt-entered">{e.enteredNote}</p>}
                        <CellError id={`${at}-column`} message={errors?.root?.message} />
                      </div>
                      <div className="rt-row-actions">
                        <Button
                          size="sm"
                          variant="ghost"
                          data-action="up"
                          disabled={index === 0}
                          onClick={() => move(index, 'up')}
                          aria-label={e.moveUpLabel(n)}
                        >
                          <ArrowUpIcon width={16} height={16} />
                          {e.moveUp}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          data-action="down"
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, 'down')}
                          aria-label={e.moveDownLabel(n)}
                        >
                          <ArrowUpIcon width={16} height={16} className="rt-icon-down" />
                          {e.moveDown}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          className="rt-remove"
                          data-action="remove"
                          disabled={fields.length <= 1}
                          onClick={() => remove(index)}
                          aria-label={e.removeLabel(n)}
                        >
                          {e.remove}
                        </Button>
                      </div>
                    </div>
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
      <datalist id={GROUPS_LIST_ID}>
        {groups.map((group) => (
          <option key={group} value={group} />
        ))}
      </datalist>
      <div className="rt-add">
        <Button ref={addButton} size="sm" onClick={add}>
          <PlusIcon width={16} height={16} />
          {e.addColumn}
        </Button>
      </div>
    </section>
  );
}
