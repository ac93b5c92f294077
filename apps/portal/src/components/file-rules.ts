import { isApiError } from '../lib/api-client';

/** The server's upload limit (MAX_FILE_BYTES in the API): a larger file is refused before it is sent. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function isTooLarge(file: Pick<File, 'size'>): boolean {
  return file.size > MAX_FILE_BYTES;
}

/**
 * Which of the two file problems an upload error is, so the screen can say it in its own words: the server's 413
 * comes from the framework with a generic title, and its 415 names a MIME type that means nothing to a citizen.
 */
export function fileProblemOf(error: unknown): 'too_large' | 'wrong_type' | null {
  if (!isApiError(error)) return null;
  if (error.status === 413) return 'too_large';
  if (error.status === 415) return 'wrong_type';
  return null;
}

const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file size as people read it: "820 KB", "1,4 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}
