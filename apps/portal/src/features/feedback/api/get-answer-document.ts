import { API_BASE } from '../../../config/paths';

/**
 * GET /public/feedback/{code}/answer-document: the published answer's document. Public, so a plain download link
 * does (no token to carry, and the browser shows its own progress).
 */
export function answerDocumentHref(code: string): string {
  return `${API_BASE}/public/feedback/${encodeURIComponent(code)}/answer-document`;
}
