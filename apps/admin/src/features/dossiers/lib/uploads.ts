import { FILE_KINDS, type DossierState, type FileKind } from '@motcua/shared';

/**
 * When each kind of file may be attached. The API enforces this (UPLOAD_STATES in the dossiers service);
 * the screen only offers what will be accepted. It belongs in @motcua/shared beside ACTION_RULES.
 */
const UPLOAD_STATES: Record<FileKind, readonly DossierState[]> = {
  component: ['waiting_online_intake', 'received', 'assigning', 'processing', 'reviewing'],
  supplement: ['waiting_supplement'],
  result: ['processing', 'reviewing', 'waiting_signature'],
};

export function uploadKindsFor(state: DossierState): FileKind[] {
  return FILE_KINDS.filter((kind) => UPLOAD_STATES[kind].includes(state));
}

/** What an officer most likely attaches now: the result once processing starts, else what the state asks. */
export function defaultUploadKind(kinds: readonly FileKind[]): FileKind | undefined {
  return kinds.find((k) => k === 'result') ?? kinds.find((k) => k === 'supplement') ?? kinds[0];
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
