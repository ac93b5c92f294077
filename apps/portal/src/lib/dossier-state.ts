import type { DossierState } from '@motcua/shared';

export type StateTone = 'progress' | 'attention' | 'done' | 'ended';

/**
 * The badge colour of a state, so the citizen sees at a glance whether to wait, act or collect: a supplement
 * request needs them, a result waits for them, a refusal or a stop ends the dossier.
 */
export function stateTone(state: DossierState): StateTone {
  switch (state) {
    case 'waiting_supplement':
      return 'attention';
    case 'waiting_return':
    case 'returned':
      return 'done';
    case 'refused':
    case 'stopped':
    case 'withdrawn':
      return 'ended';
    default:
      return 'progress';
  }
}
