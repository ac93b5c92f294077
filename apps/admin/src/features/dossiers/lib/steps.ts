import type { DossierState } from '@motcua/shared';

export type StepStatus = 'done' | 'current' | 'paused' | 'upcoming' | 'halted' | 'skipped';

/**
 * Where each step of the internal workflow stands. A returned dossier went through all of them; a refused,
 * stopped or withdrawn one ended at its current step and the later ones never happened.
 */
export function stepStatuses(count: number, currentStep: number, state: DossierState): StepStatus[] {
  return Array.from({ length: count }, (_, index): StepStatus => {
    if (state === 'returned') return 'done';
    const ended = state === 'refused' || state === 'stopped' || state === 'withdrawn';
    if (index < currentStep) return 'done';
    if (index > currentStep) return ended ? 'skipped' : 'upcoming';
    if (ended) return 'halted';
    return state === 'waiting_supplement' ? 'paused' : 'current';
  });
}
