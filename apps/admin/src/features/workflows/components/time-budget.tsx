import { texts } from '../../../config/i18n';
import { cx } from '../../../lib/cx';
import { timeBudget } from '../lib/step-hours';

const t = texts.workflows.editor;

/**
 * The steps' total against the legal limit, as figures and a bar: what a leader checks before publishing.
 * A meter tells assistive technology the value; the figures say it in words.
 */
export function TimeBudget({ hours, limit }: { hours: readonly number[]; limit: number | undefined }) {
  if (limit === undefined) {
    return <p className="wf-budget wf-budget-none muted">{t.budgetNoLimit}</p>;
  }
  const budget = timeBudget(hours, limit);
  const status = budget.over
    ? t.budgetOver(-budget.remaining)
    : budget.remaining === 0
      ? t.budgetExact
      : t.budgetLeft(budget.remaining);
  return (
    <div className={cx('wf-budget', budget.over && 'wf-budget-over')} aria-live="polite">
      <div className="wf-budget-figures">
        <span className="wf-budget-total">{t.budget(budget.total, budget.allowed)}</span>
        <span className="wf-budget-status">{status}</span>
      </div>
      <div
        className="wf-budget-bar"
        role="meter"
        aria-label={t.budgetLabel}
        aria-valuemin={0}
        aria-valuemax={budget.allowed}
        aria-valuenow={budget.total}
        aria-valuetext={`${t.budget(budget.total, budget.allowed)}. ${status}`}
      >
        <span className="wf-budget-fill" style={{ width: `${Math.min(100, budget.ratio * 100)}%` }} />
      </div>
    </div>
  );
}
