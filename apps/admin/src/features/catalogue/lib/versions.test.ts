import { describe, expect, it } from 'vitest';
import { defaultEffectiveFrom, keyVersions, retirable, versionState } from './versions';

const today = '2026-11-22';

describe('procedure versions', () => {
  it('tells in force, scheduled, ended and retired apart by dates', () => {
    expect(versionState({ status: 'draft', effectiveFrom: null, effectiveTo: null }, today)).toBe('draft');
    expect(versionState({ status: 'published', effectiveFrom: '2025-07-01', effectiveTo: null }, today)).toBe(
      'in_force',
    );
    expect(versionState({ status: 'published', effectiveFrom: today, effectiveTo: null }, today)).toBe(
      'in_force',
    );
    expect(versionState({ status: 'published', effectiveFrom: '2026-12-01', effectiveTo: null }, today)).toBe(
      'scheduled',
    );
    expect(
      versionState({ status: 'published', effectiveFrom: '2025-07-01', effectiveTo: '2026-11-21' }, today),
    ).toBe('ended');
    // A retirement set for a later day leaves the version in force until then.
    expect(
      versionState({ status: 'retired', effectiveFrom: '2025-07-01', effectiveTo: '2026-12-31' }, today),
    ).toBe('in_force');
    expect(
      versionState({ status: 'retired', effectiveFrom: '2025-07-01', effectiveTo: '2026-01-31' }, today),
    ).toBe('retired');
  });

  it('finds the versions a procedure page acts on, newest first as the API lists them', () => {
    const versions = [
      { id: '3', status: 'draft' as const, effectiveFrom: null, effectiveTo: null },
      { id: '2', status: 'published' as const, effectiveFrom: '2026-12-01', effectiveTo: null },
      { id: '1', status: 'published' as const, effectiveFrom: '2025-07-01', effectiveTo: '2026-11-30' },
    ];
    const key = keyVersions(versions, today);
    expect(key.inForce?.id).toBe('1');
    expect(key.scheduled?.id).toBe('2');
    expect(key.draft?.id).toBe('3');
    expect(retirable(versions)?.id).toBe('2');
    expect(retirable(versions.slice(2))).toBeUndefined();
  });
});

describe('defaultEffectiveFrom', () => {
  it('is today unless the latest publication starts today or later', () => {
    expect(defaultEffectiveFrom(today, '2025-07-01')).toBe(today);
    expect(defaultEffectiveFrom(today, undefined)).toBe(today);
    expect(defaultEffectiveFrom(today, today)).toBe('2026-11-23');
    expect(defaultEffectiveFrom(today, '2026-12-31')).toBe('2027-01-01');
  });
});
