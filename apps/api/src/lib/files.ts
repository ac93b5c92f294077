import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './errors';

/** What officers and citizens may upload: documents and scans, recognised by their bytes, not their names. */
export const ACCEPTED_TYPES = new Map([
  ['application/pdf', 'pdf'],
  ['image/jpeg', 'jpg'],
  ['image/png', 'png'],
]);
/** Template forms agencies publish: fillable Word and Excel files as well as PDF. */
export const TEMPLATE_TYPES = new Map([
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
]);
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type StoredFile = { storageKey: string; mime: string; size: number; sha256: string; name: string };

/** A file name safe to store and to send back in Content-Disposition: no paths, no control characters. */
export function sanitizeFileName(name: string, extension: string): string {
  const base = path
    .basename(name.normalize('NFC'))
    // Control characters, quotes and path separators could forge headers or paths.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, '_')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 120);
  return `${base || 'tep'}.${extension}`;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Local-disk file store under a directory outside the web root, with generated names. */
export function createFileStore(root: string) {
  return {
    async save(bytes: Buffer, originalName: string, accepted = ACCEPTED_TYPES): Promise<StoredFile> {
      const detected = await fileTypeFromBuffer(bytes);
      const extension = detected ? accepted.get(detected.mime) : undefined;
      if (!detected || !extension) {
        const allowed = `Chỉ nhận tệp ${[...new Set(accepted.values())].map((e) => e.toUpperCase()).join(', ')}`;
        throw new AppError(415, 'validation_failed', 'Định dạng tệp không được chấp nhận', `${allowed}.`, {
          errors: [{ field: 'file', message: allowed }],
        });
      }
      const day = new Date().toISOString().slice(0, 10);
      const storageKey = `${day}/${randomUUID()}.${extension}`;
      await mkdir(path.join(root, day), { recursive: true });
      await writeFile(path.join(root, storageKey), bytes, { flag: 'wx' });
      return {
        storageKey,
        mime: detected.mime,
        size: bytes.length,
        sha256: sha256(bytes),
        name: sanitizeFileName(originalName, extension),
      };
    },

    /** A new generated file (an export), written by streaming: its key and where to write it. */
    async reserve(extension: string): Promise<{ storageKey: string; path: string }> {
      const day = new Date().toISOString().slice(0, 10);
      const storageKey = `${day}/${randomUUID()}.${extension}`;
      await mkdir(path.join(root, day), { recursive: true });
      return { storageKey, path: path.join(root, storageKey) };
    },

    readStream(storageKey: string) {
      if (storageKey.includes('..')) throw new Error('invalid storage key');
      return createReadStream(path.join(root, storageKey));
    },

    read(storageKey: string): Promise<Buffer> {
      if (storageKey.includes('..')) throw new Error('invalid storage key');
      return readFile(path.join(root, storageKey));
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
