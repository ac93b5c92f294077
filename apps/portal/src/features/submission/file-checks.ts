import { DRAFT_FILE_LIMITS } from '@motcua/shared';
import { isTooLarge } from '../../components/file-rules';

/** What the server accepts (it checks the bytes; this only catches what the name or browser already tells). */
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const ACCEPTED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];

export type FileRejection =
  'wrong_type' | 'too_large' | 'empty' | 'too_many_for_component' | 'too_many_in_total';

type FileLike = Pick<File, 'name' | 'size' | 'type'>;

function looksAccepted(file: FileLike): boolean {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return ACCEPTED_TYPES.includes(file.type) || ACCEPTED_EXTENSIONS.includes(extension);
}

/**
 * Sorts the chosen files into those worth sending and those refused at once, with the reason: a type that is
 * plainly not a scan, a size over the server's limit, an empty file, or one too many for the component or draft.
 */
export function checkFiles<F extends FileLike>(
  files: readonly F[],
  already: { inComponent: number; inDraft: number },
): { accepted: F[]; rejected: { file: F; reason: FileRejection }[] } {
  const accepted: F[] = [];
  const rejected: { file: F; reason: FileRejection }[] = [];
  for (const file of files) {
    let reason: FileRejection | null = null;
    if (!looksAccepted(file)) reason = 'wrong_type';
    else if (file.size === 0) reason = 'empty';
    else if (isTooLarge(file)) reason = 'too_large';
    else if (already.inComponent + accepted.length >= DRAFT_FILE_LIMITS.perComponent) {
      reason = 'too_many_for_component';
    } else if (already.inDraft + accepted.length >= DRAFT_FILE_LIMITS.total) reason = 'too_many_in_total';
    if (reason) rejected.push({ file, reason });
    else accepted.push(file);
  }
  return { accepted, rejected };
}

/** "PDF", "JPEG", "PNG" for the MIME types the server stores. */
export function fileTypeLabel(mime: string): string {
  if (mime === 'application/pdf') return 'PDF';
  if (mime === 'image/jpeg') return 'JPEG';
  if (mime === 'image/png') return 'PNG';
  return mime;
}
