import { CRITERION_INFO, CUSTOM_REPORT_LIMITS, type Criterion } from '@motcua/shared';
import { useId } from 'react';
import { Checkbox } from '../../../components/field';
import { ArrowUpIcon, CloseIcon } from '../../../components/icons';
import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { CRITERION_GROUPS, moveColumn, toggleColumn, toggleGroup, type CriterionGroup } from '../lib/columns';

const c = texts.statisticsReports.custom;

function IconButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-button icon-button-sm"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/**
 * The builder's columns: every criterion as a checkbox in its group (ticking adds it last), and beside them the
 * chosen columns in table order, each movable up and down or removable.
 */
export function ColumnPicker({
  value,
  onChange,
  error,
}: {
  value: Criterion[];
  onChange: (columns: Criterion[]) => void;
  error: string | undefined;
}) {
  const hintId = useId();
  const errorId = useId();
  const full = value.length >= CUSTOM_REPORT_LIMITS.columns;
  return (
    <div className={cx('sr-builder', error && 'field-invalid')}>
      <div>
        <p id={hintId} className="field-hint">
          {c.columnsHint(CUSTOM_REPORT_LIMITS.columns)}
        </p>
        <div className="sr-criteria" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
          {(Object.keys(CRITERION_GROUPS) as CriterionGroup[]).map((group) => {
            const criteria: readonly Criterion[] = CRITERION_GROUPS[group];
            const all = criteria.every((criterion) => value.includes(criterion));
            return (
              <fieldset key={group} className="sr-criteria-group">
                <legend>{c.criterionGroups[group]}</legend>
                <Checkbox
                  className="sr-criteria-all"
                  label={<span className="muted">{c.selectGroup(c.criterionGroups[group])}</span>}
                  checked={all}
                  onChange={() => onChange(toggleGroup(value, criteria))}
                />
                {criteria.map((criterion) => {
                  const checked = value.includes(criterion);
                  return (
                    <Checkbox
                      key={criterion}
                      label={CRITERION_INFO[criterion].label}
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => onChange(toggleColumn(value, criterion))}
                    />
                  );
                })}
              </fieldset>
            );
          })}
        </div>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
      <div className="sr-chosen">
        <p className="sr-chosen-title">{c.chosenTitle(value.length)}</p>
        {value.length === 0 ? (
          <p className="muted">{c.chosenEmpty}</p>
        ) : (
          <ol aria-label={c.chosenTitle(value.length)}>
            {value.map((criterion, index) => {
              const label = CRITERION_INFO[criterion].label;
              return (
                <li key={criterion}>
                  <span>{label}</span>
                  <IconButton
                    label={c.moveUp(label)}
                    disabled={index === 0}
                    onClick={() => onChange(moveColumn(value, index, -1))}
                  >
                    <ArrowUpIcon width={16} height={16} />
                  </IconButton>
                  <IconButton
                    label={c.moveDown(label)}
                    disabled={index === value.length - 1}
                    onClick={() => onChange(moveColumn(value, index, 1))}
                  >
                    <ArrowUpIcon width={16} height={16} className="sr-icon-down" />
                  </IconButton>
                  <IconButton
                    label={c.removeColumn(label)}
                    onClick={() => onChange(toggleColumn(value, criterion))}
                  >
                    <CloseIcon width={16} height={16} />
                  </IconButton>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </div>
  );
}
