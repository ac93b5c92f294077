import { DOSSIER_STATE_LABELS, type CitizenDossier, type DossierFile } from '@motcua/shared';
import { isApiError } from '../../lib/api-client';

/**
 * When the agency asked for the documents now awaited: the last step of the timeline that put the dossier into
 * "waiting for supplement". Null when the timeline does not show it.
 */
export function supplementRequestedAt(timeline: CitizenDossier['timeline']): string | null {
  const label = DOSSIER_STATE_LABELS.waiting_supplement;
  return timeline.findLast((entry) => entry.stateLabel === label)?.at ?? null;
}

/**
 * The documents uploaded for the current request — what "Gửi bổ sung" will send. Files supplied for an earlier
 * request are not counted again (the server refuses a supplement with nothing new).
 */
export function pendingSupplementFiles(dossier: Pick<CitizenDossier, 'files' | 'timeline'>): DossierFile[] {
  const since = supplementRequestedAt(dossier.timeline);
  const sinceTime = since === null ? Number.NEGATIVE_INFINITY : Date.parse(since);
  return dossier.files.filter((f) => f.kind === 'supplement' && Date.parse(f.createdAt) >= sinceTime);
}

/** What the citizen handed in (the components and every supplement), apart from the agency's result. */
export function splitFiles(files: readonly DossierFile[]): {
  submitted: DossierFile[];
  results: DossierFile[];
} {
  return {
    submitted: files.filter((f) => f.kind !== 'result'),
    results: files.filter((f) => f.kind === 'result'),
  };
}

/**
 * The message for a failed citizen action: a stale version says so in plain words (the page has just fetched the
 * dossier again), anything else keeps the server's sentence.
 */
export function actionErrorMessage(error: unknown, message: string, versionConflict: string): string {
  return isApiError(error) && error.code === 'version_conflict' ? versionConflict : message;
}
