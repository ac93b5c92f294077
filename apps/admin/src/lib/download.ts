/**
 * The file name a `content-disposition` header gives: the UTF-8 `filename*` when present (it may hold
 * Vietnamese), else the plain `filename`; the fallback when there is neither.
 */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return sanitize(decodeURIComponent(extended[1].trim())) || fallback;
    } catch {
      // A malformed escape: try the plain name.
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return (name && sanitize(name.replace(/\\(.)/g, '$1').trim())) || fallback;
}

/** A name, not a path: the browser saves it in the downloads folder whatever the server says. */
function sanitize(name: string): string {
  return name.replace(/[/\\]/g, '_');
}

/** How long a downloaded file's address stays valid: the browser has saved it by then. */
const URL_LIFETIME_MS = 60_000;

/** Saves a Blob through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
