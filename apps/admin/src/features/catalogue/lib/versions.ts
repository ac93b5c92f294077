import type { Procedure } from '@motcua/shared';
import { addDays } from '../../../lib/format';

/** Where a version stands today: its status alone cannot tell an ended or a scheduled publication. */
export type VersionState = 'draft' | 'in_force' | 'scheduled' | 'ended' | 'retired';

export function versionState(
  version: Pick<Procedure, 'status' | 'effectiveFrom' | 'effectiveTo'>,
  today: string,
): VersionState {
  if (version.status === 'draft') return 'draft';
  if (version.status === 'retired')
    return version.effectiveTo && version.effectiveTo >= today ? 'in_force' : 'retired';
  if (version.effectiveFrom && version.effectiveFrom > today) return 'scheduled';
  if (version.effectiveTo && version.effectiveTo < today) return 'ended';
  return 'in_force';
}

/** The versions a procedure page acts on: the one in force today, the next scheduled one, the open draft. */
export function keyVersions<T extends Pick<Procedure, 'status' | 'effectiveFrom' | 'effectiveTo'>>(
  versions: readonly T[],
  today: string,
): { inForce: T | undefined; scheduled: T | undefined; draft: T | undefined } {
  return {
    inForce: versions.find((v) => versionState(v, today) === 'in_force'),
    scheduled: versions.find((v) => versionState(v, today) === 'scheduled'),
    draft: versions.find((v) => v.status === 'draft'),
  };
}

/**
 * Whether the procedure can still be ended: a published version is open-ended (retiring sets its last day).
 * The first day it may end is the day it took effect.
 */
export function retirable<T extends Pick<Procedure, 'status' | 'effectiveFrom' | 'effectiveTo'>>(
  versions: readonly T[],
): T | undefined {
  return versions.find((v) => v.status === 'published' && v.effectiveFrom !== null && v.effectiveTo === null);
}

/**
 * The first day a draft applies by default: today, unless the latest publication starts today or later (a new
 * version must start after it), then the day after that.
 */
export function defaultEffectiveFrom(today: string, latestFrom: string | null | undefined): string {
  return latestFrom && latestFrom >= today ? addDays(latestFrom, 1) : today;
}
