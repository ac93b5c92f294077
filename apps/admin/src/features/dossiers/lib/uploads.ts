import { FILE_KINDS, FILE_UPLOAD_STATES, type DossierState, type FileKind } from '@motcua/shared';

/**
 * The kinds of file the API accepts in this state. The rule lives once in @motcua/shared (the API enforces it),
 * so the screen only offers what will be accepted.
 */
export function uploadKindsFor(state: DossierState): FileKind[] {
  return FILE_KINDS.filter((kind) => FILE_UPLOAD_STATES[kind].includes(state));
}

/** What an officer most likely attaches now: the result once processing starts, else what the state asks. */
export function defaultUploadKind(kinds: readonly FileKind[]): FileKind | undefined {
  return kinds.find((k) => k === 'result') ?? kinds.find((k) => k === 'supplement') ?? kinds[0];
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
