import { CRITERIA } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import { CRITERION_GROUPS, cleanColumns, moveColumn, toggleColumn, toggleGroup } from './columns';

describe('CRITERION_GROUPS', () => {
  it('offers every criterion exactly once', () => {
    const grouped = Object.values(CRITERION_GROUPS).flat();
    expect(grouped).toHaveLength(CRITERIA.length);
    expect([...grouped].sort()).toEqual([...CRITERIA].sort());
  });
});

describe('column order', () => {
  it('adds a ticked criterion last and removes an unticked one', () => {
    expect(toggleColumn(['code', 'state'], 'handler')).toEqual(['code', 'state', 'handler']);
    expect(toggleColumn(['code', 'state', 'handler'], 'state')).toEqual(['code', 'handler']);
  });

  it('moves a column up and down, and not past either end', () => {
    expect(moveColumn(['code', 'state', 'handler'], 2, -1)).toEqual(['code', 'handler', 'state']);
    expect(moveColumn(['code', 'state', 'handler'], 0, 1)).toEqual(['state', 'code', 'handler']);
    expect(moveColumn(['code', 'state'], 0, -1)).toEqual(['code', 'state']);
    expect(moveColumn(['code', 'state'], 1, 1)).toEqual(['code', 'state']);
  });

  it('ticks the rest of a group, or unticks a group that is all chosen', () => {
    expect(toggleGroup(['state', 'applicant_phone'], ['applicant_name', 'applicant_phone'])).toEqual([
      'state',
      'applicant_phone',
      'applicant_name',
    ]);
    expect(
      toggleGroup(['applicant_name', 'state', 'applicant_phone'], ['applicant_name', 'applicant_phone']),
    ).toEqual(['state']);
  });

  it('drops unknown and repeated criteria from an old definition', () => {
    expect(cleanColumns(['code', 'gone', 'state', 'code'])).toEqual(['code', 'state']);
  });
});
