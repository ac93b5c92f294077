import { FEEDBACK_LIMITS } from '@motcua/shared';
import { texts } from '../../../config/i18n';

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the file picker offers: the answer document is a PDF (signed) or a Word file. */
export const ANSWER_DOCUMENT_ACCEPT = `.pdf,.docx,${PDF_TYPE},${DOCX_TYPE}`;

/** The same ceiling as the sender's attachments; the server checks again, by content. */
export const ANSWER_DOCUMENT_MAX_BYTES = FEEDBACK_LIMITS.attachmentBytes;

/** Why a chosen file cannot be the answer document, or null: checked before a long upload is wasted. */
export function answerDocumentProblem(
  file: { name: string; type: string; size: number } | undefined,
): string | null {
  const t = texts.feedback.answer;
  if (!file) return t.fileRequired;
  const name = file.name.toLowerCase();
  const typed = file.type === PDF_TYPE || file.type === DOCX_TYPE;
  if (!typed && !name.endsWith('.pdf') && !name.endsWith('.docx')) return t.fileType;
  if (file.size > ANSWER_DOCUMENT_MAX_BYTES) return t.fileTooLarge(ANSWER_DOCUMENT_MAX_BYTES / (1024 * 1024));
  return null;
}
