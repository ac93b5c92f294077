import { FEEDBACK_LIMITS } from '@motcua/shared';
import { fileProblemOf, formatFileSize } from '../../components/file-rules';
import { texts } from '../../config/texts';
import { describeError } from '../../lib/form-errors';

/** What the server accepts for feedback (it checks the bytes; this only catches what the name or browser tells). */
const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
};
const ACCEPTED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'docx'];

/** The file chooser's `accept`: a hint only, the checks below and the server's decide. */
export const ATTACHMENT_ACCEPT = [
  ...Object.keys(ACCEPTED_TYPES),
  ...ACCEPTED_EXTENSIONS.map((e) => `.${e}`),
].join(',');

// A no-break space keeps "10 MB" on one line.
export const ATTACHMENT_SIZE_TEXT = formatFileSize(FEEDBACK_LIMITS.attachmentBytes).replace(' ', '\u00a0');

export type AttachmentRejection = 'wrong_type' | 'too_large' | 'empty' | 'too_many';

type FileLike = Pick<File, 'name' | 'size' | 'type'>;

function extensionOf(name: string): string {
  return /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

function looksAccepted(file: FileLike): boolean {
  // Some systems report no type (or a generic one) for .docx: the extension is enough to try.
  return file.type in ACCEPTED_TYPES || ACCEPTED_EXTENSIONS.includes(extensionOf(file.name));
}

/**
 * Sorts chosen files into those worth sending and those refused at once, with the reason: a type the server will
 * refuse anyway, a size over its limit, an empty file, or one more than a feedback may carry (`already` counts the
 * files attached or on their way).
 */
export function checkAttachments<F extends FileLike>(
  files: readonly F[],
  already: number,
  max: number = FEEDBACK_LIMITS.attachments,
): { accepted: F[]; rejected: { file: F; reason: AttachmentRejection }[] } {
  const accepted: F[] = [];
  const rejected: { file: F; reason: AttachmentRejection }[] = [];
  for (const file of files) {
    let reason: AttachmentRejection | null = null;
    if (!looksAccepted(file)) reason = 'wrong_type';
    else if (file.size === 0) reason = 'empty';
    else if (file.size > FEEDBACK_LIMITS.attachmentBytes) reason = 'too_large';
    else if (already + accepted.length >= max) reason = 'too_many';
    if (reason) rejected.push({ file, reason });
    else accepted.push(file);
  }
  return { accepted, rejected };
}

export function rejectionText(name: string, reason: AttachmentRejection): string {
  switch (reason) {
    case 'wrong_type':
      return texts.feedback.wrongType(name);
    case 'too_large':
      return texts.feedback.tooLarge(name, ATTACHMENT_SIZE_TEXT);
    case 'empty':
      return texts.feedback.emptyFile(name);
    case 'too_many':
      return texts.feedback.tooMany(name, FEEDBACK_LIMITS.attachments);
  }
}

/** A failed upload in the citizen's words: the server's 413 and 415 say it in technical terms. */
export function uploadErrorText(name: string, error: unknown): string {
  const problem = fileProblemOf(error);
  if (problem === 'wrong_type') return texts.feedback.wrongType(name);
  if (problem === 'too_large') return texts.feedback.tooLarge(name, ATTACHMENT_SIZE_TEXT);
  return `${texts.feedback.uploadFailed(name)} ${describeError(error)}`;
}

/** "PDF", "JPEG", "PNG", "Word" for the stored MIME type. */
export function attachmentTypeLabel(mime: string): string {
  return ACCEPTED_TYPES[mime] ?? mime;
}
