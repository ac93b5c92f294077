import { PHASE_ROLE, WORKFLOW_PHASES } from '@motcua/shared';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button';
import { SelectField, TextField } from '../../../components/field';
import { ArrowUpIcon, PlusIcon } from '../../../components/icons';
import { roleLabel, texts } from '../../../config/i18n';
import type { WorkflowContent } from '../api/create-workflow';
import { defaultSteps, shareOfLimit } from '../lib/step-hours';
import {
  hoursFrom,
  stepFormValues,
  type WorkflowFormValues,
  type WorkflowStepFormValues,
} from '../lib/workflow-form';
import type { WorkflowUnitOption } from '../lib/workflow-state';
import { TimeBudget } from './time-budget';

type Form = UseFormReturn<WorkflowFormValues, unknown, WorkflowContent>;

const t = texts.workflows.editor;

/**
 * The ordered steps with a live total against the legal limit. Steps move with buttons (keyboard and screen
 * reader friendly, unlike dragging); focus follows the moved step and the move is announced.
 */
export function StepsEditor({
  form,
  units,
  limit,
}: {
  form: Form;
  units: WorkflowUnitOption[];
  limit: number | undefined;
}) {
  const { control } = form;
  const { fields, insert, remove, swap, replace } = useFieldArray({ control, name: 'steps' });
  const steps = useWatch({ control, name: 'steps' });
  const processingUnitId = useWatch({ control, name: 'processingUnitId' });
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a move, the button pressed follows its step; when that step reached the end, its other button.
  const pendingFocus = useRef<{ id: string; action: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const item = listRef.current?.querySelector(`[data-step-id="${target.id}"]`);
    const preferred = item?.querySelector<HTMLButtonElement>(
      `[data-action="${target.action}"]:not(:disabled)`,
    );
    (preferred ?? item?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)'))?.focus();
  });

  function move(index: number, action: 'up' | 'down') {
    const to = action === 'up' ? index - 1 : index + 1;
    const field = fields[index];
    if (!field || to < 0 || to >= fields.length) return;
    pendingFocus.current = { id: field.id, action };
    swap(index, to);
    setAnnouncement(t.moved(steps[index]?.name || t.stepLegend(index + 1), to + 1));
  }

  function removeStep(index: number) {
    const name = steps[index]?.name || t.stepLegend(index + 1);
    remove(index);
    setAnnouncement(t.removed(name));
    addButton.current?.focus();
  }

  function addStep() {
    const step: WorkflowStepFormValues = { name: '', phase: 'processing', unitId: '', allottedHours: '' };
    // New work goes before the return of the result, which stays last.
    const last = steps.at(-1);
    insert(last?.phase === 'return' ? steps.length - 1 : steps.length, step);
  }

  const processingName = units.find((u) => u.id === processingUnitId)?.name;
  const listError = form.formState.errors.steps;

  return (
    <section className="card wf-section" aria-labelledby="wf-steps-title">
      <div className="card-header">
        <h2 id="wf-steps-title" className="card-title">
          {t.stepsTitle}
        </h2>
        <Button
          size="sm"
          variant="ghost"
          disabled={limit === undefined}
          onClick={() => {
            if (limit === undefined) return;
            replace(defaultSteps(limit).map(stepFormValues));
            setAnnouncement(t.resetSteps);
          }}
        >
          {t.resetSteps}
        </Button>
      </div>
      <p className="card-intro">{t.stepsIntro}</p>
      {/* The total stays in view while the steps scroll, and lets go where the list ends. */}
      <div className="wf-steps-area">
        <div className="wf-budget-sticky">
          <TimeBudget hours={steps.map((s) => hoursFrom(s.allottedHours))} limit={limit} />
        </div>
        {(listError?.message ?? listError?.root?.message) && (
          <p className="field-error wf-steps-error" role="alert">
            {listError.message ?? listError.root?.message}
          </p>
        )}
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
        <ol className="wf-steps" ref={listRef}>
          {fields.map((field, index) => {
            const step = steps[index];
            const phase = step?.phase ?? field.phase;
            const errors = form.formState.errors.steps?.[index];
            const n = index + 1;
            const hours = hoursFrom(step?.allottedHours ?? '');
            const defaultUnit =
              phase === 'intake' || phase === 'return'
                ? t.receivingUnit
                : (processingName ?? t.receivingUnit);
            return (
              <li key={field.id} data-step-id={field.id} className="wf-step">
                <fieldset className="wf-step-fields">
                  <legend className="wf-step-legend">
                    <span className="wf-step-number" aria-hidden="true">
                      {n}
                    </span>
                    {t.stepLegend(n)}
                  </legend>
                  <TextField
                    label={t.stepName}
                    hint={t.stepNameHint}
                    required
                    className="wf-step-name"
                    error={errors?.name?.message}
                    {...form.register(`steps.${index}.name`)}
                  />
                  <SelectField
                    label={t.phase}
                    hint={t.actor(roleLabel(PHASE_ROLE[phase]))}
                    required
                    error={errors?.phase?.message}
                    {...form.register(`steps.${index}.phase`)}
                  >
                    {WORKFLOW_PHASES.map((p) => (
                      <option key={p} value={p}>
                        {texts.workflows.phases[p]}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField
                    label={t.stepUnit}
                    hint={t.stepUnitHint}
                    error={errors?.unitId?.message}
                    {...form.register(`steps.${index}.unitId`)}
                  >
                    <option value="">{t.stepUnitDefault(defaultUnit)}</option>
                    {/* A unit that has since ended stays selectable only where it is already chosen. */}
                    {units.map((unit) => (
                      <option
                        key={unit.id}
                        value={unit.id}
                        disabled={!unit.inForce && unit.id !== step?.unitId}
                      >
                        {unit.label}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    label={t.allottedHours}
                    hint={limit === undefined ? '—' : t.share(shareOfLimit(hours, limit))}
                    type="number"
                    inputMode="decimal"
                    min={0.25}
                    step={0.25}
                    required
                    className="wf-step-hours"
                    error={errors?.allottedHours?.message}
                    {...form.register(`steps.${index}.allottedHours`)}
                  />
                  <div className="wf-step-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      data-action="up"
                      disabled={index === 0}
                      onClick={() => move(index, 'up')}
                      aria-label={t.moveUpLabel(n)}
                    >
                      <ArrowUpIcon width={16} height={16} />
                      {t.moveUp}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      data-action="down"
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, 'down')}
                      aria-label={t.moveDownLabel(n)}
                    >
                      <ArrowUpIcon width={16} height={16} className="wf-icon-down" />
                      {t.moveDown}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="wf-remove"
                      disabled={fields.length <= 2}
                      onClick={() => removeStep(index)}
                      aria-label={t.removeLabel(n)}
                    >
                      {t.remove}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </div>
      <div className="wf-add">
        <Button ref={addButton} size="sm" onClick={addStep}>
          <PlusIcon width={16} height={16} />
          {t.addStep}
        </Button>
      </div>
    </section>
  );
}
