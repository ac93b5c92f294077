import { DOCUMENT_KINDS, type CitizenDocument } from '@motcua/shared';

export type DocumentGroup = { kind: CitizenDocument['kind']; items: CitizenDocument[] };

/** The documents by kind, results first (the order of DOCUMENT_KINDS), newest first within a kind. */
export function groupDocuments(documents: readonly CitizenDocument[]): DocumentGroup[] {
  return DOCUMENT_KINDS.flatMap((kind) => {
    const items = documents
      .filter((document) => document.kind === kind)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return items.length > 0 ? [{ kind, items }] : [];
  });
}

/** "PDF", "JPEG", "PNG" for the MIME types the server stores. */
export function fileTypeLabel(mime: string): string {
  if (mime === 'application/pdf') return 'PDF';
  if (mime === 'image/jpeg') return 'JPEG';
  if (mime === 'image/png') return 'PNG';
  return mime;
}
