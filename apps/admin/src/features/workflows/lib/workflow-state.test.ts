import { describe, expect, it } from 'vitest';
import { workflowState } from './workflow-state';

const today = '2026-11-22';

describe('workflowState', () => {
  it('reads a published workflow by its dates', () => {
    expect(workflowState({ status: 'draft', effectiveFrom: null, effectiveTo: null }, today)).toBe('draft');
    expect(workflowState({ status: 'published', effectiveFrom: today, effectiveTo: null }, today)).toBe(
      'in_force',
    );
    expect(
      workflowState({ status: 'published', effectiveFrom: '2026-12-01', effectiveTo: null }, today),
    ).toBe('scheduled');
    // Publishing the next version ends this one the day before.
    expect(
      workflowState({ status: 'published', effectiveFrom: '2026-01-01', effectiveTo: '2026-11-21' }, today),
    ).toBe('ended');
    expect(
      workflowState({ status: 'published', effectiveFrom: '2026-01-01', effectiveTo: today }, today),
    ).toBe('in_force');
  });
});
